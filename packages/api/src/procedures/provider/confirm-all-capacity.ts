import { z } from "zod";
import { confirmCapacities } from "@jeugdregie/db";
import { rematchWaitingJob } from "@jeugdregie/jobs";
import { providerProcedure } from "../../trpc.ts";

/** Confirm or correct the capacity of all (or several) locations at once: all or nothing. */
export const confirmAllCapacity = providerProcedure
  .input(
    z.object({
      capacities: z
        .array(
          z.object({
            locationId: z.uuid({ message: "Kies een locatie." }),
            capacity: z
              .number({ message: "Vul bij elke locatie het aantal plekken in." })
              .int({ message: "Vul een heel aantal plekken in." })
              .min(0, { message: "Het aantal plekken kan niet negatief zijn." })
              .max(500, { message: "Een locatie heeft hoogstens 500 plekken." }),
          }),
        )
        .min(1, { message: "Er is geen locatie om te bevestigen." })
        .max(500, { message: "Hoogstens 500 locaties tegelijk." }),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const result = await confirmCapacities(ctx.tx, ctx.viewer.scope, input.capacities);
    ctx.afterCommit(async () => {
      for (const regionId of result.increasedRegionIds) await ctx.deps.jobs.enqueue(rematchWaitingJob, { regionId });
    });
    return { confirmed: result.confirmed };
  });
