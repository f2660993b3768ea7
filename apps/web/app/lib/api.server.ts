import { redirect, type RouterContextProvider } from "react-router";
import { createCaller, createContext, refusalOf, type Viewer } from "@jeugdregie/api";
import { clientAddressContext, depsContext } from "../context.ts";

/** The tRPC router called in-process from loaders and actions: the same procedures the HTTP API serves. */
export async function apiFor(request: Request, context: Readonly<RouterContextProvider>) {
  const deps = context.get(depsContext);
  const resHeaders = new Headers();
  const ctx = await createContext(deps, { request, clientAddress: context.get(clientAddressContext), resHeaders });
  return { caller: createCaller(ctx), viewer: ctx.viewer, resHeaders };
}

export async function requireViewer(request: Request, context: Readonly<RouterContextProvider>) {
  const api = await apiFor(request, context);
  if (!api.viewer) {
    const url = new URL(request.url);
    throw redirect(`/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`);
  }
  const viewer = api.viewer as Viewer;
  // A role that requires a second factor sees nothing else until it is set up.
  // (A client-side navigation asks for the page's data at its path plus ".data".)
  const path = new URL(request.url).pathname.replace(/\.data$/, "");
  if (viewer.mfa.required && !viewer.mfa.enrolled && path !== MFA_ENROLMENT_PATH) throw redirect(MFA_ENROLMENT_PATH);
  return { ...api, viewer };
}

export const MFA_ENROLMENT_PATH = "/account/tweestapsverificatie";

/** Where a sign-in goes next: the code page when the account owes its second factor, else where it was going. */
export function afterSignIn(result: { mfaPending: boolean }, returnTo: string): string {
  return result.mfaPending ? `/inloggen/code?terug=${encodeURIComponent(returnTo)}` : returnTo;
}

/** Turns a refused procedure call into the HTTP response a page should give. */
export function rethrowAsResponse(error: unknown): never {
  const refusal = refusalOf(error);
  if (refusal) throw new Response(refusal.message, { status: refusal.status });
  throw error;
}
