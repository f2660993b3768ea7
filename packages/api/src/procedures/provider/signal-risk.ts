import { z } from "zod";
import { providerSignalsAtRisk } from "@jeugdregie/db";
import { providerProcedure } from "../../trpc.ts";

/** The provider tells the placement point a running placement is at risk. */
export const signalRisk = providerProcedure
  .input(z.object({ placementId: z.uuid(), note: z.string().trim().min(5, { message: "Beschrijf kort wat er speelt." }).max(2000) }))
  .mutation(({ ctx, input }) => providerSignalsAtRisk(ctx.tx, ctx.viewer.scope, input.placementId, input.note));
