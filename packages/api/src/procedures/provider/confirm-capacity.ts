import { z } from "zod";
import * as db from "@jeugdregie/db";
import { rematchWaitingJob, rematchWaitingJobOptions } from "@jeugdregie/jobs";
import { providerProcedure } from "../../trpc.ts";
import { nudgeWorker } from "../../nudge.ts";

/** Confirm or correct capacity (UI and the provider's own systems); fresh capacity re-matches waiting children. */
export const confirmCapacity = providerProcedure
  .input(
    z.object({
      locationId: z.uuid(),
      capacity: z
        .number({ message: "Vul het aantal plekken in." })
        .int()
        .min(0, { message: "Het aantal plekken kan niet negatief zijn." })
        .max(500),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const result = await db.confirmCapacity(ctx.tx, ctx.viewer.scope, input.locationId, input.capacity);
    if (result.increased)
      ctx.afterCommit(() => nudgeWorker(ctx, rematchWaitingJob, { regionId: result.regionId }, rematchWaitingJobOptions(result.regionId)));
    return { ok: true };
  });
