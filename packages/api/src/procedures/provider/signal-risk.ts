import { z } from "zod";
import { providerSignalsAtRisk } from "@jeugdregie/db";
import { AT_RISK_NOTE_MIN_LENGTH, OFFER_NOTE_MAX_LENGTH } from "@jeugdregie/domain";
import { providerProcedure } from "../../trpc.ts";

/** The provider tells the placement point a running placement is at risk. */
export const signalRisk = providerProcedure
  .input(
    z.object({
      placementId: z.uuid(),
      note: z.string().trim().min(AT_RISK_NOTE_MIN_LENGTH, { message: "Beschrijf kort wat er speelt." }).max(OFFER_NOTE_MAX_LENGTH),
    }),
  )
  .mutation(({ ctx, input }) => providerSignalsAtRisk(ctx.tx, ctx.viewer.scope, input.placementId, input.note));
