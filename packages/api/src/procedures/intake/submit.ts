import { z } from "zod";
import { applyRequestEvent } from "@jeugdregie/db";
import { intakeProcedure } from "../../trpc.ts";

/** Hands a draft to the placement point. */
export const submit = intakeProcedure
  .input(z.object({ requestId: z.uuid({ message: "Onbekende aanmelding." }) }))
  .mutation(({ ctx, input }) =>
    applyRequestEvent(ctx.tx, ctx.viewer.scope, ctx.regionId, input.requestId, { type: "submit" }, { submittedAt: new Date() }),
  );
