import { z } from "zod";
import { figuresProcedure } from "../kpi/_shared.ts";
import { needAndSupply, reportInput, reportScope } from "./_shared.ts";

/**
 * Real need against supply for one quarter of the caller's region (issue 13 part 4): per care type
 * and expertise what children needed and got, where supply is missing, and the places needed next
 * year against contracted capacity. Region admins and coordinators; another region is refused.
 */
export const needSupply = figuresProcedure.input(z.object(reportInput)).query(async ({ ctx, input }) => {
  const quarter = reportScope(ctx.regionId, input);
  return { quarter, ...(await needAndSupply(ctx.tx, ctx.regionId, quarter)) };
});
