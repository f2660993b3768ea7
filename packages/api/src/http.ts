import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { ERROR_STATUS, type AppError } from "@jeugdregie/domain";
import { bodyTooLarge, limitBody } from "./body-limit.ts";
import { createContext, type ApiDeps } from "./context.ts";
import { ReportedError } from "./errors.ts";
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
      { status: ERROR_STATUS.FORBIDDEN.http },
    );
  }
  let limited;
  try {
    limited = limitBody(request, MAX_API_BODY_BYTES);
  } catch (error) {
    return tooLargeResponse(error as AppError);
  }
  const response = await fetchRequestHandler({
    endpoint,
    req: limited.request,
    router: appRouter,
    createContext: ({ resHeaders }) => createContext(deps, { request, clientAddress, resHeaders }),
    // Procedures log their own failures (with the request id); this catches what fails before one runs.
    onError: ({ error, path, ctx }) => {
      if (error.code === "INTERNAL_SERVER_ERROR" && !(error instanceof ReportedError))
        deps.logger.error({ requestId: ctx?.requestId, path, err: error.cause ?? error }, "request failed before its procedure");
    },
  });
  return limited.exceeded() ? tooLargeResponse(bodyTooLarge(MAX_API_BODY_BYTES)) : response;
}

/** The largest API call: a 10 MB document as base64 in JSON, with room to spare. */
export const MAX_API_BODY_BYTES = 15 * 1024 * 1024;

const tooLargeResponse = (error: AppError) =>
  Response.json(
    {
      error: {
        message: error.message,
        data: { appCode: "TOO_LARGE", messageEn: error.messageEn, httpStatus: ERROR_STATUS.TOO_LARGE.http },
      },
    },
    { status: ERROR_STATUS.TOO_LARGE.http, headers: { connection: "close" } },
  );
