import { newOpaqueToken } from "@jeugdregie/auth";
import { enqueueEmail, renewInvitation } from "@jeugdregie/db";
import { INVITATION_TTL_MS } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import { invitationEmail, invitationUrl } from "../../invitations/links.ts";
import { nudgeWorker } from "../../nudge.ts";
import { invitationIdInput, invitationManagerProcedure } from "./_shared.ts";

/** A new link for an open (or expired) invitation: the old link stops working; mailed through the outbox. */
export const resend = invitationManagerProcedure.input(invitationIdInput).mutation(async ({ ctx, input }) => {
  const { token, id: tokenHash } = newOpaqueToken();
  const invitation = await renewInvitation(ctx.tx, ctx.viewer.scope, ctx.owner, {
    invitationId: input.invitationId,
    tokenHash,
    expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
  });
  const url = invitationUrl(ctx.deps.appUrl, token);
  const outboxId = await enqueueEmail(ctx.tx, ctx.deps.crypto, {
    regionId: invitation.regionId,
    recipient: invitation.email,
    ...invitationEmail(url, invitation.organisation, invitation.role),
  });
  ctx.afterCommit(() => nudgeWorker(ctx, sendEmailJob, { outboxId }));
  return { email: invitation.email, invitationUrl: url, expiresAt: invitation.expiresAt };
});
