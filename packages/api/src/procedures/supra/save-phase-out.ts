import { z } from "zod";
import { savePhaseOutPlan } from "@jeugdregie/db";
import { placeCount } from "../../input.ts";
import { supraProcedure } from "../../trpc.ts";
import { year } from "./_shared.ts";

export const savePhaseOut = supraProcedure
  .input(
    z.object({
      providerId: z.uuid(),
      plan: z.array(z.object({ year, places: placeCount("Vul de geplande plekken in.") })).max(20),
      minViablePct: z
        .number()
        .int()
        .min(0, { message: "Een percentage ligt tussen 0 en 100." })
        .max(100, { message: "Een percentage ligt tussen 0 en 100." }),
    }),
  )
  .mutation(({ ctx, input }) =>
    savePhaseOutPlan(ctx.tx, ctx.viewer.scope, ctx.supraRegionId, input.providerId, input.plan, input.minViablePct),
  );
