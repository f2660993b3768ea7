import { z } from "zod";
import { listAllocations, overAllocations } from "@jeugdregie/db";
import { supraProcedure } from "../../trpc.ts";
import { year } from "./_shared.ts";

/** Per pooled care type the pool's capacity and each member region's allocation and use, with the regions over theirs. */
export const allocations = supraProcedure.input(z.object({ year })).query(async ({ ctx, input }) => ({
  pools: await listAllocations(ctx.tx, ctx.supraRegionId, input.year),
  overAllocations: await overAllocations(ctx.tx),
}));
