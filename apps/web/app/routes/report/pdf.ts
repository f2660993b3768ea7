import type { Route } from "./+types/pdf";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { quarterReportPdf } from "../../lib/report/pdf.server.ts";

/** The quarterly report as a PDF made on the server (the API refuses other regions, bad and future quarters). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const report = await caller.report.quarter({ regionId: params.regionId, quarter: params.quarter }).catch(rethrowAsResponse);
  const pdf = await quarterReportPdf(report, new Date());
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="samen-sturen-${report.quarter.quarter}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
