import { acceptInvitationProcedure, getInvitation } from "../procedures/invitations/invitations.ts";
import { resendInvitation, revokeInvitationProcedure } from "../procedures/invitations/manage.ts";
import { router } from "../trpc.ts";

export const invitationsRouter = router({
  get: getInvitation,
  accept: acceptInvitationProcedure,
  resend: resendInvitation,
  revoke: revokeInvitationProcedure,
});
