import type { Route } from "./+types/provider-figures-export";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { csvDownload } from "../lib/csv-download.server.ts";

/** CSV of the provider's own figures or of the KPIs regions ask of it (provider staff; the API refuses anyone else). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const params = new URL(request.url).searchParams;
  const file = await caller.provider
    .figuresExport({
      table: params.get("tabel") === "kengetallen" ? "kengetallen" : "cijfers",
      fromMonth: params.get("van") || undefined,
      toMonth: params.get("tot") || undefined,
    })
    .catch(rethrowAsResponse);
  return csvDownload(file);
}
