import { handleTrpcRequest } from "@jeugdregie/api";
import type { Route } from "./+types/api.trpc";
import { clientAddressContext, depsContext } from "../context.ts";

// tRPC over HTTP at /api/trpc for the browser and for organisations' own systems.
export function loader({ request, context }: Route.LoaderArgs) {
  return handleTrpcRequest(context.get(depsContext), request, context.get(clientAddressContext));
}

export function action({ request, context }: Route.ActionArgs) {
  return handleTrpcRequest(context.get(depsContext), request, context.get(clientAddressContext));
}
