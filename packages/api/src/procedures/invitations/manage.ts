import { z } from "zod";
import { newOpaqueToken } from "@jeugdregie/auth";
import { enqueueEmail, renewInvitation, revokeInvitation, withTenant, type InvitationOwner } from "@jeugdregie/db";
import { INVITATION_TTL_MS } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import { nudgeWorker } from "../../nudge.ts";
import type { Viewer } from "../../context.ts";
import { forbidden, toTrpcError } from "../../errors.ts";
import { authedProcedure } from "../../trpc.ts";
import { invitationEmail, invitationUrl } from "./links.ts";

/**
 * Whoever may invite manages the invitations: the platform admin all it can see, a region admin
 * its active region's, a provider admin its provider's. Anyone else is refused.
 */
function ownerFor(viewer: Viewer): InvitationOwner {
  const { scope } = viewer;
  if (scope.role === "platform_admin") return { kind: "platform" };
  if (scope.role === "region_admin" && scope.regionId) return { kind: "region", regionId: scope.regionId };
  if (scope.role === "provider_admin" && scope.providerId) return { kind: "provider", providerId: scope.providerId };
  throw toTrpcError(forbidden());
}

const input = z.object({ invitationId: z.uuid({ message: "Kies een uitnodiging." }) });

/** A new link for an open (or expired) invitation: the old link stops working; mailed through the outbox. */
export const resendInvitation = authedProcedure.input(input).mutation(async ({ ctx, input }) => {
  const owner = ownerFor(ctx.viewer);
  const { scope } = ctx.viewer;
  const { token, id: tokenHash } = newOpaqueToken();
  const result = await withTenant(ctx.deps.db, scope, async (tx) => {
    const invitation = await renewInvitation(tx, scope, owner, {
      invitationId: input.invitationId,
      tokenHash,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    const url = invitationUrl(ctx.deps.appUrl, token);
    const outboxId = await enqueueEmail(tx, ctx.deps.crypto, {
      regionId: invitation.regionId,
      recipient: invitation.email,
      ...invitationEmail(url, invitation.organisation, invitation.role),
    });
    return { invitation, url, outboxId };
  });
  await nudgeWorker(ctx, sendEmailJob, { outboxId: result.outboxId });
  return { email: result.invitation.email, invitationUrl: result.url, expiresAt: result.invitation.expiresAt };
});

export const revokeInvitationProcedure = authedProcedure.input(input).mutation(({ ctx, input }) => {
  const owner = ownerFor(ctx.viewer);
  return withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => revokeInvitation(tx, ctx.viewer.scope, owner, input.invitationId));
});
