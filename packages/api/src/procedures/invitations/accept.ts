import { z } from "zod";
import { hashPassword, sessionIdFromToken } from "@jeugdregie/auth";
import { acceptInvitation, findInvitation, membershipsOf, withIdentity } from "@jeugdregie/db";
import { AppError, assertInvitationUsable, passwordProblem } from "@jeugdregie/domain";
import { startSession } from "../../session.ts";
import { publicProcedure } from "../../trpc.ts";
import { invitationTokenInput } from "./_shared.ts";

const input = invitationTokenInput.extend({
  displayName: z.string().trim().min(2, { message: "Vul je naam in." }).max(120),
  password: z.string().max(200),
});

/** Makes the account the invitation is for, and signs its new owner in. */
export const accept = publicProcedure.input(input).mutation(async ({ ctx, input }) => {
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
