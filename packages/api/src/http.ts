import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext, type ApiDeps } from "./context.ts";
import { appRouter } from "./router.ts";

/**
 * Refuses state-changing requests from other origins. SameSite=Lax cookies already keep
 * cross-site POSTs anonymous; this closes the remaining gaps (old browsers, subdomains).
 */
export function isCrossOriginWrite(request: { method: string; headers: { get(name: string): string | null | undefined } }): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export async function handleTrpcRequest(deps: ApiDeps, request: Request, clientAddress: string, endpoint = "/api/trpc"): Promise<Response> {
  if (isCrossOriginWrite(request)) {
    return Response.json(
      { error: { message: "Verzoek van een andere herkomst geweigerd.", data: { appCode: "FORBIDDEN" } } },
      { status: 403 },
    );
  }
  return fetchRequestHandler({
    endpoint,
    req: request,
    router: appRouter,
    createContext: ({ resHeaders }) => createContext(deps, { request, clientAddress, resHeaders }),
  });
}
