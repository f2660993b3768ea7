import { providerKpiRequests } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { providerFiguresProcedure } from "./_shared.ts";

/** Which KPIs each region asks the provider to report, by region and KPI: a page. */
export const kpiRequests = providerFiguresProcedure
  .input(pageInput)
  .query(({ ctx, input }) => providerKpiRequests(ctx.tx, ctx.providerId, input ?? {}));
