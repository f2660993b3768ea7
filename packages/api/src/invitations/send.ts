import { newOpaqueToken } from "@jeugdregie/auth";
import { createInvitation, enqueueEmail, type Tx } from "@jeugdregie/db";
import { INVITATION_TTL_MS, type Role } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import type { Context, Viewer } from "../context.ts";
import { nudgeWorker } from "../nudge.ts";
import type { AfterCommit } from "../trpc.ts";
import { invitationEmail, invitationUrl } from "./links.ts";

/**
 * Invites someone in the procedure's transaction: the invitation (its token stored as a hash), the
 * e-mail in the outbox, and the mail relay nudged once both are committed.
 */
export async function sendInvitation(
  ctx: Context & { viewer: Viewer; tx: Tx; afterCommit: AfterCommit },
  invite: { email: string; role: Role; regionId: string | null; providerId: string | null; organisation: string },
) {
  const { token, id: tokenHash } = newOpaqueToken();
  const invitation = await createInvitation(ctx.tx, ctx.viewer.scope, {
    tokenHash,
    email: invite.email,
    role: invite.role,
    regionId: invite.regionId,
    providerId: invite.providerId,
    expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
  });
  const url = invitationUrl(ctx.deps.appUrl, token);
  const outboxId = await enqueueEmail(ctx.tx, ctx.deps.crypto, {
    regionId: invite.regionId,
    recipient: invitation.email,
    ...invitationEmail(url, invite.organisation, invite.role),
  });
  ctx.afterCommit(() => nudgeWorker(ctx, sendEmailJob, { outboxId }));
  return { invitationUrl: url, email: invitation.email, expiresAt: invitation.expires_at };
}
