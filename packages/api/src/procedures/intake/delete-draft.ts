import { z } from "zod";
import { deleteDraftRequest } from "@jeugdregie/db";
import { intakeProcedure } from "../../trpc.ts";

/** Deletes the caller's own draft (only a draft); audited. */
export const deleteDraft = intakeProcedure
  .input(z.object({ requestId: z.uuid({ message: "Onbekende aanmelding." }) }))
  .mutation(({ ctx, input }) => deleteDraftRequest(ctx.tx, ctx.viewer.scope, ctx.regionId, input.requestId));
