import { z } from "zod";
import { setAccountDisabled } from "@jeugdregie/db";
import { platformAdminProcedure } from "../../trpc.ts";
import { userId } from "./_shared.ts";

/** Deactivates an account (its sessions stop working) or reactivates it. */
export const setActive = platformAdminProcedure
  .input(z.object({ userId, active: z.boolean() }))
  .mutation(({ ctx, input }) => setAccountDisabled(ctx.tx, ctx.viewer.scope, input.userId, !input.active));
