import { data } from "react-router";
import { refusalOf, type Refusal } from "@jeugdregie/api";
import { ERROR_STATUS } from "@jeugdregie/domain";

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

/**
 * A refused call on a public sign-in page (password, code, sign-in link, password reset,
 * invitation): the one error table (refusalOf) with one page rule. Wrong credentials typed into
 * the page are bad input (400): HTTP's 401 asks the browser for credentials of its own and would
 * misdescribe a public form. Null for anything that is not a refusal (a fault).
 */
export function signInRefusal(error: unknown): Refusal | null {
  const refusal = refusalOf(error);
  if (refusal?.appCode !== "UNAUTHENTICATED") return refusal;
  return { ...refusal, status: ERROR_STATUS.BAD_INPUT.http };
}

/**
 * A refused call on a page behind a one-time link (sign-in link, password reset, invitation): as
 * signInRefusal, and a link that exists but is used or expired (CONFLICT) answers 410 Gone, the
 * address itself is spent. `linkGone` (no such link, or spent) has the page offer a new link
 * instead of its form.
 */
export function linkRefusal(error: unknown): (Refusal & { linkGone: boolean }) | null {
  const refusal = signInRefusal(error);
  if (!refusal) return null;
  const spent = refusal.appCode === "CONFLICT";
  return { ...refusal, status: spent ? 410 : refusal.status, linkGone: spent || refusal.appCode === "NOT_FOUND" };
}

/** Retry-After of a refused sign-in (the throttle's wait), for the page's answer too. */
export const retryAfterOf = (resHeaders: Headers) => {
  const retryAfter = resHeaders.get("retry-after");
  return retryAfter ? { "Retry-After": retryAfter } : undefined;
};

export { documentTooLarge, MAX_DOCUMENT_BYTES, readFormData } from "@jeugdregie/api";

/** What a multipart form adds around a file (boundaries, part headers, the other fields). */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

export const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
export const all = (form: FormData, name: string) => form.getAll(name).map(String);
export const int = (form: FormData, name: string) => {
  const value = text(form, name);
  return value === "" ? Number.NaN : Number(value);
};
/** An optional whole number: empty is null ("not recorded"), anything else goes to the procedure's validation. */
export const optionalInt = (form: FormData, name: string) => {
  const value = text(form, name);
  return value === "" ? null : Number(value);
};
/** A ja/nee choice that may be left open: "" is null ("not recorded"). */
export const yesNo = (form: FormData, name: string) => {
  const value = text(form, name);
  return value === "ja" ? true : value === "nee" ? false : null;
};
