import type { Route } from "./+types/import-template";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { csvDownload } from "../../lib/csv-download.server.ts";

type Kind = "providers" | "locations" | "contracts";

/** CSV download: the template or an export. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const kind = params.kind as Kind;
  const file =
    params.what === "sjabloon"
      ? await caller.imports.template({ kind }).catch(rethrowAsResponse)
      : await caller.imports.export({ kind }).catch(rethrowAsResponse);
  return csvDownload(file);
}
