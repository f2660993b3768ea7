import { z } from "zod";
import type { InvitationOwner } from "@jeugdregie/db";
import type { Viewer } from "../../context.ts";
import { forbidden, toTrpcError } from "../../errors.ts";
import { authedProcedure, inTenantTransaction } from "../../trpc.ts";

export const invitationTokenInput = z.object({
  token: z.string().regex(/^[\w-]{20,100}$/, { message: "Deze uitnodigingslink is onvolledig." }),
});

export const invitationIdInput = z.object({ invitationId: z.uuid({ message: "Kies een uitnodiging." }) });

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

/** Someone who may invite, acting on invitations they own: `ctx.owner` names whose. */
export const invitationManagerProcedure = authedProcedure
  .use(({ ctx, next }) => next({ ctx: { ...ctx, owner: ownerFor(ctx.viewer) } }))
  .use(inTenantTransaction);
