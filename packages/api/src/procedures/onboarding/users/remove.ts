import { z } from "zod";
import { removeRegionMember } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

/**
 * The region admin takes a person's access to the region away: all their roles here end, their
 * account and their work for other organisations stay. Not their own, and the region keeps an admin.
 */
export const remove = regionAdminProcedure
  .input(z.object({ userId: z.uuid({ message: "Kies een gebruiker." }) }))
  .mutation(({ ctx, input }) => removeRegionMember(ctx.tx, ctx.viewer.scope, ctx.regionId, input.userId));
