import { TRPCError } from "@trpc/server";
import { AppError, appCodeOfTrpc, ERROR_STATUS, isAppError, type AppErrorCode } from "@jeugdregie/domain";
import { ZodError } from "zod";

/** The code comes from the domain's one table (ERROR_STATUS); it does not compile if a code there is not tRPC's. */
export function toTrpcError(error: AppError): TRPCError {
  return new TRPCError({ code: ERROR_STATUS[error.code].trpc, message: error.message, cause: error });
}

/** A zod refusal as forms use it (messages per field path, "_" for the whole input) and as people read it. */
export function flattenZodError(error: ZodError): { fieldErrors: Record<string, string[]>; summary: string } {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return { fieldErrors, summary: [...new Set(Object.values(fieldErrors).flat())].join(" ") };
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

export const regionAdminsOnly = () =>
  new AppError("FORBIDDEN", { nl: "Alleen de regiobeheerder kan dit doen.", en: "Only the region administrator can do this." });

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
    const { fieldErrors, summary } = flattenZodError(cause);
    return {
      // Field paths are for forms (fieldErrors); people read the messages themselves.
      message: "De invoer is niet geldig: " + summary,
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
    data: { appCode: appCodeOfTrpc(error.code) ?? "BAD_INPUT", messageEn: error.message },
  };
}

/** A refused call as a form or page shows it: the HTTP status from the one table, the message and its fields. */
export interface Refusal extends FormattedErrorData {
  status: number;
  message: string;
}

/**
 * What a thrown error means for the web app's forms and loaders, called in-process: an AppError
 * (e.g. a form body over the limit) or the TRPCError a procedure ended with. Null for anything
 * else, which is a fault and goes to the error page. Zod refusals read as their messages (a form
 * shows them next to its fields); an internal error as the logged "something went wrong".
 */
export function refusalOf(error: unknown): Refusal | null {
  const trpc = isAppError(error) ? toTrpcError(error) : error instanceof TRPCError ? error : null;
  if (!trpc) return null;
  const { message, data } = describeError(trpc, trpc instanceof ReportedError ? trpc.requestId : undefined);
  const status = data.appCode === "INTERNAL" ? 500 : ERROR_STATUS[data.appCode].http;
  return { status, ...data, message: trpc.cause instanceof ZodError ? flattenZodError(trpc.cause).summary : message };
}
