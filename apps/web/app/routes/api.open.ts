import { handleOpenApiRequest } from "@jeugdregie/api";
import type { Route } from "./+types/api.open";
import { depsContext } from "../context.ts";
import { csvDownload } from "../lib/csv-download.server.ts";

// The open API at /api/open/v1: public, read-only, the weekly disclosure-controlled releases (issue 14).
export function loader({ request, context }: Route.LoaderArgs) {
  return handleOpenApiRequest(context.get(depsContext), request, csvDownload);
}

export function action({ request, context }: Route.ActionArgs) {
  return handleOpenApiRequest(context.get(depsContext), request, csvDownload);
}
