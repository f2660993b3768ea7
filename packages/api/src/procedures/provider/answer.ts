import { z } from "zod";
import { answerOffer } from "@jeugdregie/db";
import { rematchWaitingJob, rematchWaitingJobOptions } from "@jeugdregie/jobs";
import { DECLINE_REASONS } from "@jeugdregie/domain";
import { providerProcedure } from "../../trpc.ts";
import { nudgeWorker } from "../../nudge.ts";

/** The provider accepts an offer, or declines it with a reason. */
export const answer = providerProcedure
  .input(
    z
      .object({
        offerId: z.uuid(),
        accept: z.boolean(),
        reason: z.enum(DECLINE_REASONS, { message: "Kies een reden van afwijzing." }).optional(),
        text: z.string().trim().max(2000).nullable().default(null),
      })
      .refine((a) => a.accept || a.reason, { message: "Kies een reden van afwijzing.", path: ["reason"] })
      .refine((a) => a.accept || a.reason !== "other" || (a.text ?? "").length >= 5, { message: "Licht 'anders' toe.", path: ["text"] }),
  )
  .mutation(async ({ ctx, input }) => {
    const result = await answerOffer(
      ctx.tx,
      ctx.viewer.scope,
      input.offerId,
      input.accept ? { accept: true } : { accept: false, reason: input.reason!, text: input.text },
    );
    // A declined offer frees the place it held: children waiting in that region may fit now.
    if (!input.accept)
      ctx.afterCommit(() => nudgeWorker(ctx, rematchWaitingJob, { regionId: result.regionId }, rematchWaitingJobOptions(result.regionId)));
    return result;
  });
