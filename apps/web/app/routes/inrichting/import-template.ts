import type { Route } from "./+types/import-template";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";

type Kind = "providers" | "locations" | "contracts";

/** CSV download: the template or an export, as a file with a UTF-8 BOM so Excel reads accents right. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const kind = params.kind as Kind;
  const file =
    params.what === "sjabloon"
      ? await caller.imports.template({ kind }).catch(rethrowAsResponse)
      : await caller.imports.export({ kind }).catch(rethrowAsResponse);
  return new Response(`\ufeff${file.content}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
