import { revokeInvitation } from "@jeugdregie/db";
import { invitationIdInput, invitationManagerProcedure } from "./_shared.ts";

/** The invitation's link stops working; the account it was for is never made. */
export const revoke = invitationManagerProcedure
  .input(invitationIdInput)
  .mutation(({ ctx, input }) => revokeInvitation(ctx.tx, ctx.viewer.scope, ctx.owner, input.invitationId));
