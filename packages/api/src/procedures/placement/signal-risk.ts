import { z } from "zod";
import { signalPlacementAtRisk } from "@jeugdregie/db";
import { AT_RISK_NOTE_MIN_LENGTH, OFFER_NOTE_MAX_LENGTH } from "@jeugdregie/domain";
import { coordinatorProcedure } from "../../trpc.ts";

/** The coordinator's own early signal that a running placement is at risk. */
export const signalRisk = coordinatorProcedure
  .input(
    z.object({
      requestId: z.uuid({ message: "Onbekende aanmelding." }),
      note: z
        .string({ message: "Beschrijf kort wat er speelt." })
        .trim()
        .min(AT_RISK_NOTE_MIN_LENGTH, { message: "Beschrijf kort wat er speelt." })
        .max(OFFER_NOTE_MAX_LENGTH, { message: `Het signaal is hoogstens ${OFFER_NOTE_MAX_LENGTH} tekens.` }),
    }),
  )
  .mutation(({ ctx, input }) => signalPlacementAtRisk(ctx.tx, ctx.viewer.scope, ctx.regionId, input.requestId, input.note));
