import { z } from "zod";
import { settlementsOfYear } from "@jeugdregie/db";
import { codeLabel, CSV_DELIMITER, csvDocument } from "@jeugdregie/domain";
import { settlementAdminProcedure, settlementYear } from "./_shared.ts";

const euro = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");
const COLUMNS = [
  "aanbieder",
  "jaar",
  "periode_van",
  "periode_tot_en_met",
  "garantiebedrag",
  "etmalen",
  "etmalen_zonder_intensiteit",
  "p_x_q",
  "leegstand_procent",
  "leegstand",
  "meegeteld",
  "af_te_rekenen",
  "status",
  "aangevraagd_door",
  "goedgekeurd_door",
  "goedgekeurd_op",
];

/** A year's guarantee settlements of the region as CSV (amounts in euro with a decimal comma, as the imports read them). */
const exportCsv = settlementAdminProcedure.input(z.object({ year: settlementYear })).query(async ({ ctx, input }) => {
  const rows = await settlementsOfYear(ctx.tx, ctx.regionId, input.year);
  const lines = [
    COLUMNS,
    ...rows.map((s) => [
      s.providerName,
      String(s.year),
      s.periodStart,
      s.periodEnd,
      euro(s.guaranteeCents),
      String(s.placementDays),
      String(s.unpricedDays),
      euro(s.pxqCents),
      String(s.vacancyPercent),
      euro(s.vacancyCents),
      euro(s.countedCents),
      euro(s.settlementCents),
      codeLabel("settlementStatus", s.status),
      s.requestedByName ?? "",
      s.approvedByName ?? "",
      s.approvedAt ? s.approvedAt.toISOString().slice(0, 10) : "",
    ]),
  ];
  return { filename: `garantieafrekening-${input.year}.csv`, content: csvDocument(lines, CSV_DELIMITER), rows: rows.length };
});

// `export` is a keyword: the procedure is declared under another name and exported under its router name.
export { exportCsv as export };
