import { z } from "zod";
import { parseTrustProxy } from "./trust-proxy.ts";

/**
 * The whole server-side environment, parsed once at boot. Every variable is optional in
 * development: without DATABASE_URL / REDIS_URL the embedded runtime starts local servers.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    APP_URL: z.url().optional(),
    DATABASE_URL: z.url({ message: "must be a postgres:// URL" }).optional(),
    DATABASE_APP_URL: z.url({ message: "must be a postgres:// URL" }).optional(),
    APP_DB_PASSWORD: z.string().min(12).default("jeugdregie-app-local-only"),
    REDIS_URL: z.url({ message: "must be a redis:// URL" }).optional(),
    DATA_DIR: z.string().default(".data"),
    /** The embedded PostgreSQL's shared_buffers (PostgreSQL's own default, 128MB, when unset); the bench gives it the country. */
    EMBEDDED_PG_SHARED_BUFFERS: z
      .string()
      .regex(/^\d+(kB|MB|GB)$/, { message: "a size such as 512MB or 2GB" })
      .optional(),
    SEED_DEMO: z.enum(["true", "false"]).default("true"),
    /** With the demo seed: the other 31 regions, a simulated history, KPI snapshots and settlements (the browser tests start without). */
    SEED_DEMO_COUNTRY: z.enum(["true", "false"]).default("true"),
    /** Demo/test mode for BSNs: accept the government's test numbers (99999...). Off unless set; `npm start` with the demo seed sets it. */
    ALLOW_TEST_BSN: z.enum(["true", "false"]).optional(),
    COOKIE_SECURE: z.enum(["true", "false"]).optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    HEARTBEAT_EVERY_MS: z.coerce.number().int().min(1000).default(30_000),
    /** How often the worker expires overdue offers from the database (whether or not their delayed job still exists). */
    OFFER_SWEEP_EVERY_MS: z.coerce.number().int().min(200).default(5000),
    /** How often the worker's mail relay sends what is due in the outbox. */
    OUTBOX_RELAY_EVERY_MS: z.coerce.number().int().min(200).default(10_000),
    /** Delay before a failed e-mail is tried again; it doubles with every further failure (up to an hour). */
    OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(100).default(30_000),
    /** Failed attempts after which an e-mail is dead (shown to the platform admin, who can send it again). */
    OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    SMTP_URL: z.url({ message: "must be an smtp:// or smtps:// URL" }).optional(),
    MAIL_FROM: z.string().default("Jeugdregie <noreply@jeugdregie.localhost>"),
    DATA_ENCRYPTION_KEY: z
      .string()
      .refine((k) => Buffer.from(k, "base64").length === 32, {
        message: "must be 32 random bytes, base64-encoded (openssl rand -base64 32)",
      })
      .optional(),
    /** Proxies whose X-Forwarded-For is believed: IPs, CIDR ranges, `loopback`; comma-separated. Unset: none. */
    TRUST_PROXY: z
      .string()
      .superRefine((value, ctx) => {
        try {
          parseTrustProxy(value);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message.replace(/^TRUST_PROXY: /, "") });
        }
      })
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.DATA_ENCRYPTION_KEY) {
      ctx.addIssue({ code: "custom", path: ["DATA_ENCRYPTION_KEY"], message: "required in production (child data is encrypted with it)" });
    }
    if (env.NODE_ENV === "production" && env.APP_DB_PASSWORD === "jeugdregie-app-local-only") {
      ctx.addIssue({ code: "custom", path: ["APP_DB_PASSWORD"], message: "set a real password in production" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** The public base URL: APP_URL when set, else where the web server listens. */
export function publicUrl(env: Env): string {
  return env.APP_URL ?? `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** Whether cookies must carry `Secure`: explicit setting, else whether the app is served over https. */
export function cookieSecure(env: Env): boolean {
  if (env.COOKIE_SECURE) return env.COOKIE_SECURE === "true";
  return env.APP_URL?.startsWith("https://") ?? env.NODE_ENV === "production";
}
