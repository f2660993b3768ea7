import { z } from "zod";
import { phaseOutOverview } from "@jeugdregie/db";
import { supraProcedure } from "../../trpc.ts";
import { year } from "./_shared.ts";

/** Plan against reality per provider with closed care in the pool, for one year, with warnings. */
export const phaseOut = supraProcedure
  .input(z.object({ year }))
  .query(({ ctx, input }) => phaseOutOverview(ctx.tx, ctx.supraRegionId, input.year));
