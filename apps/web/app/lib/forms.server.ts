import { data } from "react-router";
import { TRPCError } from "@trpc/server";
import { isAppError } from "@jeugdregie/domain";

export interface ActionResult {
  ok?: boolean;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  message?: string;
  [key: string]: unknown;
}

/**
 * Runs an action's API call; a refused call comes back as the message to show next to the form
 * (status 400/409/403, 503 while a service it needs is down), never as an error page. Anything unexpected still throws.
 */
export async function runAction<T extends Record<string, unknown>>(
  fn: () => Promise<T>,
): Promise<ReturnType<typeof data<ActionResult>> | T> {
  try {
    return await fn();
  } catch (error) {
    // reading the form itself (readFormData) refuses with an AppError, e.g. a file over the limit
    if (isAppError(error)) return data<ActionResult>({ error: error.message }, { status: error.code === "TOO_LARGE" ? 413 : 400 });
    if (error instanceof TRPCError) {
      const status =
        error.code === "CONFLICT"
          ? 409
          : error.code === "FORBIDDEN"
            ? 403
            : error.code === "NOT_FOUND"
              ? 404
              : error.code === "PAYLOAD_TOO_LARGE"
                ? 413
                : error.code === "SERVICE_UNAVAILABLE"
                  ? 503
                  : 400;
      const fieldErrors = (error.cause as { issues?: { path: (string | number)[]; message: string }[] } | undefined)?.issues?.reduce<
        Record<string, string[]>
      >((acc, issue) => {
        (acc[issue.path.join(".") || "_"] ??= []).push(issue.message);
        return acc;
      }, {});
      const message = fieldErrors ? Object.values(fieldErrors).flat().join(" ") : error.message;
      // what the API explicitly meant for the client (e.g. the pseudonym of a known child)
      const details = isAppError(error.cause) ? (error.cause.details?.client as Record<string, unknown> | undefined) : undefined;
      return data<ActionResult>({ error: message, fieldErrors, ...(details ? { details } : {}) }, { status });
    }
    throw error;
  }
}

export { documentTooLarge, MAX_DOCUMENT_BYTES, readFormData } from "@jeugdregie/api";

/** What a multipart form adds around a file (boundaries, part headers, the other fields). */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

export const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
export const all = (form: FormData, name: string) => form.getAll(name).map(String);
export const int = (form: FormData, name: string) => {
  const value = text(form, name);
  return value === "" ? Number.NaN : Number(value);
};
