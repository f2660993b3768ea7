import { pino, type Logger } from "pino";
import type { Env } from "./env.ts";

export type { Logger } from "pino";

/**
 * One structured logger per process (JSON lines on stdout): internal errors carry the request id
 * that the user sees, so a support question leads straight to the log line. Child data never goes
 * into a log: callers log ids and codes, not input.
 */
export function createLogger(env: Pick<Env, "LOG_LEVEL">, name: string): Logger {
  return pino({ name, level: env.LOG_LEVEL, base: { service: name } });
}

/** For tests and tools that must stay quiet. */
export const silentLogger: Logger = pino({ level: "silent" });
