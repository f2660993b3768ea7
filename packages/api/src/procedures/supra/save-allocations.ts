import { z } from "zod";
import * as db from "@jeugdregie/db";
import { placeCount } from "../../input.ts";
import { supraProcedure } from "../../trpc.ts";
import { year } from "./_shared.ts";

export const saveAllocations = supraProcedure
  .input(
    z.object({
      careType: z.string().min(2).max(60),
      year,
      allocations: z.array(z.object({ regionId: z.uuid(), places: placeCount() })).max(100),
    }),
  )
  .mutation(({ ctx, input }) =>
    db.saveAllocations(ctx.tx, ctx.viewer.scope, ctx.supraRegionId, input.careType, input.year, input.allocations),
  );
