import { data } from "react-router";
import { refusalOf } from "@jeugdregie/api";

export interface ActionResult {
  ok?: boolean;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  message?: string;
  [key: string]: unknown;
}

/**
 * Runs an action's API call; a refused call comes back as the message to show next to the form
 * (its status from the one error table, e.g. 409, 403, or 503 while a service it needs is down), never as
 * an error page. Anything unexpected still throws. `echo` goes back with a refusal (e.g. what was typed,
 * so a form without JavaScript keeps it).
 */
export async function runAction<T extends Record<string, unknown>>(
  fn: () => Promise<T>,
  echo: Record<string, unknown> = {},
): Promise<ReturnType<typeof data<ActionResult>> | T> {
  try {
    return await fn();
  } catch (error) {
    // A refusal (the API's, or reading the form itself, e.g. a file over the limit) goes next to the
    // form with the status from the one error table; anything else is a fault for the error page.
    const refusal = refusalOf(error);
    if (refusal) {
      const { status, message, fieldErrors, details } = refusal;
      return data<ActionResult>({ error: message, fieldErrors, ...(details ? { details } : {}), ...echo }, { status });
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
