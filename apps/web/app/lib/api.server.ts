import { redirect, type RouterContextProvider } from "react-router";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { createCaller, createContext, type Viewer } from "@jeugdregie/api";
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
  return { ...api, viewer: api.viewer as Viewer };
}

/** Turns a refused procedure call into the HTTP response a page should give. */
export function rethrowAsResponse(error: unknown): never {
  if (error instanceof TRPCError) {
    const status = getHTTPStatusCodeFromError(error);
    throw new Response(error.message, { status });
  }
  throw error;
}
