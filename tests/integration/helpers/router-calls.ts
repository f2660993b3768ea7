import { createHash, randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { appRouter, createCaller, createContext } from "@jeugdregie/api";
import type { Database } from "@jeugdregie/db";
import type { Role } from "@jeugdregie/domain";
import type { ApiDeps } from "@jeugdregie/api";
import { apiDeps } from "./api.ts";

/** Every procedure of the router by its path (`placement.sendOffer`), as tRPC keeps them. */
export type RouterProcedure = { _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] } };
export const routerProcedures = (): [string, RouterProcedure][] =>
  Object.entries((appRouter as unknown as { _def: { procedures: Record<string, RouterProcedure> } })._def.procedures);

export type CallerRole = Role | "anonymous";
export type Outcome = { ok: true; body: string } | { ok: false; code: TRPCError["code"]; body: string; cause?: unknown };

/**
 * Calls any procedure by path as a signed-in user, the way the web app does: a server-side session
 * per role (a fresh one for `auth.*`, so a logout does not disturb the next call), a cookie, a context.
 */
export function routerCaller(
  owner: Database,
  app: Database,
  userOf: (role: Role) => { id: string; regionId: string | null } | undefined,
  deps: () => ApiDeps = () => apiDeps(app),
) {
  const cookies = new Map<CallerRole, string>();
  async function cookieFor(role: CallerRole, fresh: boolean): Promise<string> {
    if (role === "anonymous") return "";
    if (!fresh && cookies.has(role)) return cookies.get(role)!;
    const user = userOf(role);
    if (!user) throw new Error(`no user for ${role}`);
    const token = randomBytes(32).toString("base64url");
    await owner
      .insertInto("sessions")
      .values({
        id: createHash("sha256").update(token).digest("hex"),
        user_id: user.id,
        active_region_id: user.regionId,
        expires_at: new Date(Date.now() + 3_600_000),
      })
      .execute();
    cookies.set(role, `jr_session=${token}`);
    return cookies.get(role)!;
  }

  return async function call(path: string, role: CallerRole, input: unknown): Promise<Outcome> {
    const headers = new Headers({ "user-agent": "router-calls" });
    // Sign-in procedures may end or change the session: they get one of their own.
    const cookie = await cookieFor(role, path.startsWith("auth."));
    if (cookie) headers.set("cookie", cookie);
    const request = new Request("http://localhost/api/trpc", { headers });
    const ctx = await createContext(deps(), { request, clientAddress: "203.0.113.9", resHeaders: new Headers() });
    const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], createCaller(ctx)) as (
      i: unknown,
    ) => Promise<unknown>;
    try {
      const data = await fn(input);
      return { ok: true, body: JSON.stringify(data) ?? "" };
    } catch (error) {
      if (error instanceof TRPCError) return { ok: false, code: error.code, body: error.message, cause: error.cause };
      throw error;
    }
  };
}
