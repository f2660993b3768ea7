import { z } from "zod";
import { hashPassword, sessionIdFromToken } from "@jeugdregie/auth";
import { acceptInvitation, findInvitation, membershipsOf, withIdentity } from "@jeugdregie/db";
import { AppError, assertInvitationUsable, passwordProblem } from "@jeugdregie/domain";
import { startSession } from "../../session.ts";
import { publicProcedure } from "../../trpc.ts";

const tokenInput = z.object({ token: z.string().regex(/^[\w-]{20,100}$/, { message: "Deze uitnodigingslink is onvolledig." }) });

/** What the invitation page shows before the account is made; the usability check gives the message. */
export const getInvitation = publicProcedure.input(tokenInput).query(async ({ ctx, input }) => {
  const invitation = await findInvitation(ctx.deps.db, sessionIdFromToken(input.token));
  assertInvitationUsable(
    invitation && { expiresAt: invitation.expires_at, acceptedAt: invitation.accepted_at, revokedAt: invitation.revoked_at },
  );
  const { email, role, provider_name, region_name, expires_at } = invitation!;
  return { email, role: role, providerName: provider_name, regionName: region_name, expiresAt: expires_at };
});

export const acceptInvitationInput = tokenInput.extend({
  displayName: z.string().trim().min(2, { message: "Vul je naam in." }).max(120),
  password: z.string().max(200),
});

export const acceptInvitationProcedure = publicProcedure.input(acceptInvitationInput).mutation(async ({ ctx, input }) => {
  const tokenHash = sessionIdFromToken(input.token);
  const invitation = await findInvitation(ctx.deps.db, tokenHash);
  assertInvitationUsable(
    invitation && { expiresAt: invitation.expires_at, acceptedAt: invitation.accepted_at, revokedAt: invitation.revoked_at },
  );
  const problem = passwordProblem(input.password, invitation!.email);
  if (problem) throw new AppError("BAD_INPUT", problem);
  const accepted = await acceptInvitation(ctx.deps.db, tokenHash, {
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
  });
  const memberships = await withIdentity(ctx.deps.db, accepted.userId, (tx) => membershipsOf(tx, accepted.userId));
  const { mfaPending } = await startSession(ctx, accepted.userId, memberships, "invitation");
  return { email: accepted.email, role: accepted.role, mfaPending };
});
