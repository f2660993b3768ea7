import { z } from "zod";
import { providerKpiValues } from "@jeugdregie/db";
import { figureMonths } from "@jeugdregie/domain";
import { pageShape } from "../../input.ts";
import { figureMonthsShape, providerFiguresProcedure } from "./_shared.ts";

/** The provider's own values of exactly the KPIs its regions ask of it (per contract), per region, KPI and month: a page. */
export const kpiValues = providerFiguresProcedure
  .input(z.object({ ...pageShape, ...figureMonthsShape }).optional())
  .query(async ({ ctx, input }) => {
    const { cursor, limit, fromMonth, toMonth } = input ?? {};
    const months = figureMonths(fromMonth, toMonth, new Date());
    const page = await providerKpiValues(ctx.tx, months, { cursor, limit });
    return { ...page, fromMonth: months.from, toMonth: months.to };
  });
