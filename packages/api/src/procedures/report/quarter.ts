import { z } from "zod";
import { figuresProcedure } from "../kpi/_shared.ts";
import { quarterReport, reportInput, reportScope } from "./_shared.ts";

/** The quarterly report "Samen Sturen" of the caller's region: KPIs, need against supply and (for its admins) money. */
export const quarter = figuresProcedure.input(z.object(reportInput)).query(async ({ ctx, input }) => {
  const scope = reportScope(ctx.regionId, input);
  return quarterReport(ctx.tx, ctx.viewer, ctx.regionId, scope);
});
