/**
 * The one error type business code throws. The API maps `code` to a tRPC code and an HTTP
 * status in a single formatter; `message` is Dutch for users, `messageEn` the English fallback.
 */
export const APP_ERROR_CODES = [
  "BAD_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "ILLEGAL_TRANSITION",
  "TOO_LARGE",
  /** A service the request needs (the job queue) is down for now: try again shortly. */
  "UNAVAILABLE",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageEn: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: { nl: string; en: string }, details?: Record<string, unknown>) {
    super(message.nl);
    this.name = "AppError";
    this.code = code;
    this.messageEn = message.en;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
