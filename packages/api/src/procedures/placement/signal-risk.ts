import { z } from "zod";
import { signalPlacementAtRisk } from "@jeugdregie/db";
import { coordinatorProcedure } from "../../trpc.ts";

/** The coordinator's own early signal that a running placement is at risk. */
export const signalRisk = coordinatorProcedure
  .input(
    z.object({
      requestId: z.uuid({ message: "Onbekende aanmelding." }),
      note: z
        .string({ message: "Beschrijf kort wat er speelt." })
        .trim()
        .min(5, { message: "Beschrijf kort wat er speelt." })
        .max(2000, { message: "Het signaal is hoogstens 2000 tekens." }),
    }),
  )
  .mutation(({ ctx, input }) => signalPlacementAtRisk(ctx.tx, ctx.viewer.scope, ctx.regionId, input.requestId, input.note));
