import { z } from "zod";
import { applyRequestEvent, endPlacement, recordNeed } from "@jeugdregie/db";
import { END_DESTINATIONS } from "@jeugdregie/domain";
import { rematchWaitingJob, rematchWaitingJobOptions } from "@jeugdregie/jobs";
import { isoDate } from "../../input.ts";
import { nudgeWorker } from "../../nudge.ts";
import { coordinatorProcedure } from "../../trpc.ts";

/** Ending records where the child went; "another placement" counts as a re-placement (doorplaatsing). */
export const end = coordinatorProcedure
  .input(
    z.object({
      requestId: z.uuid({ message: "Onbekende aanmelding." }),
      endedOn: isoDate("2027-06-30"),
      destination: z.enum(END_DESTINATIONS, { message: "Kies waar het kind naartoe gaat." }),
      note: z
        .string({ message: "Vul de toelichting in als tekst." })
        .trim()
        .max(2000, { message: "De toelichting is hoogstens 2000 tekens." })
        .nullable()
        .default(null),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const { tx, regionId } = ctx;
    await applyRequestEvent(tx, ctx.viewer.scope, regionId, input.requestId, { type: "end" });
    const ended = await endPlacement(tx, ctx.viewer.scope, regionId, input.requestId, {
      endedOn: input.endedOn,
      destination: input.destination,
      note: input.note,
    });
    await recordNeed(tx, regionId, input.requestId);
    // The place is free again: look for children waiting for it.
    ctx.afterCommit(() => nudgeWorker(ctx, rematchWaitingJob, { regionId }, rematchWaitingJobOptions(regionId)));
    return ended;
  });
