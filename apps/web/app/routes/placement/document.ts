import type { Route } from "./+types/document";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { documentResponse } from "../../lib/document-download.server.ts";

/** Opens (or with ?downloaden downloads) a request's document; the API decides who may and records every opening. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const doc = await caller.documents.open({ documentId: params.documentId }).catch(rethrowAsResponse);
  return documentResponse(doc, { download: new URL(request.url).searchParams.has("downloaden") });
}
