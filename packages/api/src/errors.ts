import { TRPCError } from "@trpc/server";
import { AppError, type AppErrorCode } from "@jeugdregie/domain";
import { ZodError } from "zod";

type TrpcCode = TRPCError["code"];

const TRPC_CODE: Record<AppErrorCode, TrpcCode> = {
  BAD_INPUT: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  ILLEGAL_TRANSITION: "PRECONDITION_FAILED",
  TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

export function toTrpcError(error: AppError): TRPCError {
  return new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });
}

/** An internal error that has been logged with its request id; its message is safe to show anyone. */
export class ReportedError extends TRPCError {
  constructor(
    readonly requestId: string,
    cause: unknown,
  ) {
    super({ code: "INTERNAL_SERVER_ERROR", message: internalMessage(requestId).nl, cause });
  }
}

export const internalMessage = (requestId: string | undefined) => ({
  nl: `Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, noem dan melding ${requestId ?? "onbekend"}.`,
  en: `Something went wrong on our side. Please try again; if it keeps failing, quote ${requestId ?? "unknown"}.`,
});

export const notSignedIn = () => new AppError("UNAUTHENTICATED", { nl: "Je bent niet ingelogd.", en: "You are not signed in." });
export const forbidden = () =>
  new AppError("FORBIDDEN", { nl: "Je hebt geen toegang tot deze gegevens.", en: "You do not have access to this data." });

export const regionNotFound = () =>
  new AppError("NOT_FOUND", {
    nl: "Deze regio bestaat niet (of je hebt er geen toegang toe).",
    en: "This region does not exist (or you have no access).",
  });

export const regionAdminsOnly = () => rolesOnly({ nl: "regiobeheerders", en: "region administrators" });

/** A refusal for the wrong role says whose work this is, so an error page can say what to do instead. */
export const rolesOnly = (who: { nl: string; en: string }) =>
  new AppError("FORBIDDEN", { nl: `Dit is werk voor ${who.nl}.`, en: `This is work for ${who.en}.` });

export interface FormattedErrorData {
  appCode: AppErrorCode | "INTERNAL";
  messageEn: string;
  fieldErrors?: Record<string, string[]>;
  /** What an AppError explicitly meant for the client (details.client), e.g. a child's pseudonym. */
  details?: Record<string, unknown>;
}

/** One place that turns any thrown error into the shape clients see; internals never leak. */
export function describeError(error: TRPCError, requestId?: string): { message: string; data: FormattedErrorData } {
  const cause = error.cause;
  if (cause instanceof AppError) {
    const client = cause.details?.client as Record<string, unknown> | undefined;
    return { message: cause.message, data: { appCode: cause.code, messageEn: cause.messageEn, ...(client ? { details: client } : {}) } };
  }
  if (cause instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
    return {
      // Field paths are for forms (fieldErrors); people read the messages themselves.
      message: "De invoer is niet geldig: " + [...new Set(Object.values(fieldErrors).flat())].join(" "),
      data: { appCode: "BAD_INPUT", messageEn: "The input is not valid.", fieldErrors },
    };
  }
  if (error.code === "INTERNAL_SERVER_ERROR") {
    return {
      message: internalMessage(requestId).nl,
      data: { appCode: "INTERNAL", messageEn: internalMessage(requestId).en },
    };
  }
  return {
    message: error.message,
    data: { appCode: error.code === "UNAUTHORIZED" ? "UNAUTHENTICATED" : "BAD_INPUT", messageEn: error.message },
  };
}
