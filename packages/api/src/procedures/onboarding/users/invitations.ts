import { listInvitations } from "@jeugdregie/db";
import { pageInput } from "../../../input.ts";
import { regionAdminProcedure } from "../../../trpc.ts";

/** The invitations the region sent, newest first (open, accepted, expired and revoked). */
export const invitations = regionAdminProcedure
  .input(pageInput)
  .query(({ ctx, input }) => listInvitations(ctx.tx, { regionId: ctx.regionId }, input ?? {}));
