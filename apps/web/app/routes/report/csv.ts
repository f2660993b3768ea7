import type { ReportTable } from "@jeugdregie/domain";
import type { Route } from "./+types/csv";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { csvDownload } from "../../lib/csv-download.server.ts";

/** One table of the quarterly report as CSV (the API checks region, quarter and table). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const file = await caller.report
    .table({ regionId: params.regionId, quarter: params.quarter, table: params.table as ReportTable }) // zod checks it
    .catch(rethrowAsResponse);
  return csvDownload(file);
}
