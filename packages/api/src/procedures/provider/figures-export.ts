import { z } from "zod";
import { providerFigures, providerKpiValues } from "@jeugdregie/db";
import { figureMonths, providerFiguresCsv, providerFiguresFilename, requestedKpisCsv, shapeProviderFigures } from "@jeugdregie/domain";
import { allPages, figureMonthsShape, providerFiguresProcedure } from "./_shared.ts";

const input = z.object({
  ...figureMonthsShape,
  table: z.enum(["cijfers", "kengetallen"], { message: "Kies cijfers of kengetallen." }),
});

/**
 * A CSV of the provider's own figures (`cijfers`) or of the KPIs its regions ask of it
 * (`kengetallen`), read page by page (at most a year of months times the regions it serves).
 */
export const figuresExport = providerFiguresProcedure.input(input).query(async ({ ctx, input }) => {
  const months = figureMonths(input.fromMonth, input.toMonth, new Date());
  if (input.table === "cijfers") {
    const rows = await allPages((cursor) => providerFigures(ctx.tx, ctx.providerId, months, { cursor, limit: 100 }));
    return {
      filename: providerFiguresFilename("cijfers", months.from, months.to),
      content: providerFiguresCsv(rows.map(shapeProviderFigures)),
      rows: rows.length,
    };
  }
  const rows = await allPages((cursor) => providerKpiValues(ctx.tx, months, { cursor, limit: 100 }));
  return { filename: providerFiguresFilename("kengetallen", months.from, months.to), content: requestedKpisCsv(rows), rows: rows.length };
});
