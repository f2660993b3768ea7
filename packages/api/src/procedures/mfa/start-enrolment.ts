import { newTotpSecret, otpauthUri } from "@jeugdregie/auth";
import { startTotpEnrolment } from "@jeugdregie/db";
import { alreadyEnrolled } from "../../auth/mfa.ts";
import { authedProcedure } from "../../trpc.ts";

/**
 * A new secret to add to an authenticator app; it counts only once a first code confirms it.
 * The secret belongs to the account, not a tenant: it is written under the user's own identity.
 */
export const startEnrolment = authedProcedure.mutation(async ({ ctx }) => {
  const { user } = ctx.viewer;
  const secret = newTotpSecret();
  if (!(await startTotpEnrolment(ctx.deps.db, user.id, ctx.deps.crypto.encrypt(secret)))) throw alreadyEnrolled();
  return { secret, otpauthUri: otpauthUri(secret, user.email) };
});
