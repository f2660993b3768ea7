import type { Route } from "./+types/settlements-export";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { csvDownload } from "../../lib/csv-download.server.ts";

/** CSV download of a year's guarantee settlements (region admins; the API refuses anyone else). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const file = await caller.money.export({ year: Number(params.year) }).catch(rethrowAsResponse);
  return csvDownload(file);
}
