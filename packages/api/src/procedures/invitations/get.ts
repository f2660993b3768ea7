import { sessionIdFromToken } from "@jeugdregie/auth";
import { findInvitation } from "@jeugdregie/db";
import { assertInvitationUsable } from "@jeugdregie/domain";
import { publicProcedure } from "../../trpc.ts";
import { invitationTokenInput } from "./_shared.ts";

/** What the invitation page shows before the account is made; the usability check gives the message. */
export const get = publicProcedure.input(invitationTokenInput).query(async ({ ctx, input }) => {
  const invitation = await findInvitation(ctx.deps.db, sessionIdFromToken(input.token));
  assertInvitationUsable(
    invitation && { expiresAt: invitation.expires_at, acceptedAt: invitation.accepted_at, revokedAt: invitation.revoked_at },
  );
  const { email, role, provider_name, region_name, expires_at } = invitation!;
  return { email, role: role, providerName: provider_name, regionName: region_name, expiresAt: expires_at };
});
