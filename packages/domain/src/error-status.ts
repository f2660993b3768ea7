import { APP_ERROR_CODES, type AppErrorCode } from "./errors.ts";

/**
 * The one table from a domain error code to what the outside world sees: the tRPC code the API
 * answers with and the HTTP status of that answer (also of a page or form that shows the refusal),
 * plus the heading an error page gives it. The API, the web app's forms and loaders and its error
 * page all read it here; a unit test in packages/api checks it against tRPC's own status table.
 */
export const ERROR_STATUS = {
  BAD_INPUT: { trpc: "BAD_REQUEST", http: 400, title: { nl: "Controleer de invoer", en: "Check the input" } },
  UNAUTHENTICATED: { trpc: "UNAUTHORIZED", http: 401, title: { nl: "Niet ingelogd", en: "Not signed in" } },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403, title: { nl: "Geen toegang", en: "No access" } },
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404, title: { nl: "Pagina niet gevonden", en: "Page not found" } },
  CONFLICT: { trpc: "CONFLICT", http: 409, title: { nl: "Controleer de invoer", en: "Check the input" } },
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", http: 429, title: { nl: "Even geduld", en: "Please wait" } },
  ILLEGAL_TRANSITION: { trpc: "PRECONDITION_FAILED", http: 412, title: { nl: "Controleer de invoer", en: "Check the input" } },
  TOO_LARGE: { trpc: "PAYLOAD_TOO_LARGE", http: 413, title: { nl: "Te groot", en: "Too large" } },
  UNAVAILABLE: { trpc: "SERVICE_UNAVAILABLE", http: 503, title: { nl: "Even niet beschikbaar", en: "Unavailable for now" } },
} as const satisfies Record<AppErrorCode, { trpc: string; http: number; title: { nl: string; en: string } }>;

export type ErrorTrpcCode = (typeof ERROR_STATUS)[AppErrorCode]["trpc"];

/** The domain code behind a tRPC code (a role middleware's TRPCError, a refusal from tRPC itself); null when none. */
export function appCodeOfTrpc(trpc: string): AppErrorCode | null {
  return APP_ERROR_CODES.find((code) => ERROR_STATUS[code].trpc === trpc) ?? null;
}

const INTERNAL_TITLE = { nl: "Er ging iets mis", en: "Something went wrong" };

/** The heading of an error page for an HTTP status: the domain code's own, else the general one per class. */
export function errorPageTitle(status: number): { nl: string; en: string } {
  const found = Object.values(ERROR_STATUS).find((s) => s.http === status);
  if (found) return found.title;
  return status < 500 ? ERROR_STATUS.BAD_INPUT.title : INTERNAL_TITLE;
}
