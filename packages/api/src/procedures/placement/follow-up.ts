import { z } from "zod";
import { recordFollowUpDecision } from "@jeugdregie/db";
import { coordinatorProcedure } from "../../trpc.ts";

/** What happens next for a placement at risk: the coordinator's decision, recorded. */
export const followUp = coordinatorProcedure
  .input(
    z.object({
      requestId: z.uuid({ message: "Onbekende aanmelding." }),
      decision: z
        .string({ message: "Beschrijf het vervolgbesluit." })
        .trim()
        .min(5, { message: "Beschrijf het vervolgbesluit." })
        .max(2000, { message: "Het vervolgbesluit is hoogstens 2000 tekens." }),
    }),
  )
  .mutation(({ ctx, input }) => recordFollowUpDecision(ctx.tx, ctx.viewer.scope, ctx.regionId, input.requestId, input.decision));
