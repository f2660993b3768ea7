import { z } from "zod";
import { CSV_DELIMITER, csvDocument, REPORT_TABLES, reportTable } from "@jeugdregie/domain";
import { regionAdminsOnly } from "../../errors.ts";
import { figuresProcedure } from "../kpi/_shared.ts";
import { quarterReport, reportInput, reportScope } from "./_shared.ts";

/** One table of the quarterly report as a CSV file (the domain's csvDocument: formulas defused). */
export const table = figuresProcedure
  .input(z.object({ ...reportInput, table: z.enum(REPORT_TABLES, { message: "Onbekende tabel van het rapport." }) }))
  .query(async ({ ctx, input }) => {
    const scope = reportScope(ctx.regionId, input);
    const rows = reportTable(await quarterReport(ctx.tx, ctx.viewer, ctx.regionId, scope), input.table);
    if (!rows) throw regionAdminsOnly();
    return {
      filename: `samen-sturen-${scope.quarter}-${input.table}.csv`,
      content: csvDocument(rows, CSV_DELIMITER),
      rows: rows.length - 1,
    };
  });
