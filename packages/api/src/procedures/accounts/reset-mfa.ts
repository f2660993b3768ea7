import { z } from "zod";
import { resetAccountMfa } from "@jeugdregie/db";
import { platformAdminProcedure } from "../../trpc.ts";
import { userId } from "./_shared.ts";

/** Removes a lost second factor, so its owner can set up a new one. */
export const resetMfa = platformAdminProcedure
  .input(z.object({ userId }))
  .mutation(({ ctx, input }) => resetAccountMfa(ctx.tx, ctx.viewer.scope, input.userId));
