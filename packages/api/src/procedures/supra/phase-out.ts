import { z } from "zod";
import { phaseOutOverview } from "@jeugdregie/db";
import { pageShape } from "../../input.ts";
import { supraProcedure } from "../../trpc.ts";
import { year } from "./_shared.ts";

/** Plan against reality per provider with closed care in the pool, for one year, with warnings: a page by provider name. */
export const phaseOut = supraProcedure
  .input(z.object({ ...pageShape, year }))
  .query(({ ctx, input }) => phaseOutOverview(ctx.tx, ctx.supraRegionId, input.year, input));
