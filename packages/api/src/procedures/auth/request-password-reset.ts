import { z } from "zod";
import { newOpaqueToken } from "@jeugdregie/auth";
import { issuePasswordReset, writeAudit } from "@jeugdregie/db";
import { sendEmailJob } from "@jeugdregie/jobs";
import { PASSWORD_RESET, passwordResetEmail, passwordResetUrl } from "../../auth/password-reset.ts";
import { claimAttempt } from "../../auth/throttle.ts";
import { nudgeWorker } from "../../nudge.ts";
import { publicProcedure } from "../../trpc.ts";

const input = z.object({ email: z.email({ message: "Vul een geldig e-mailadres in." }).max(254) });

/**
 * Always the same answer. A request counts with the login throttle as a failed sign-in for that
 * address, so asking for links is no cheaper than guessing passwords; one mail per account per
 * five minutes at most.
 */
export const requestPasswordReset = publicProcedure.input(input).mutation(async ({ ctx, input }) => {
  await claimAttempt(ctx, input.email);
  const { token, id: tokenHash } = newOpaqueToken();
  const outboxId = await issuePasswordReset(ctx.deps.db, ctx.deps.crypto, {
    email: input.email,
    tokenHash,
    ttlSeconds: PASSWORD_RESET.ttlMs / 1000,
    resendAfterSeconds: PASSWORD_RESET.resendAfterMs / 1000,
    ...passwordResetEmail(passwordResetUrl(ctx.deps.appUrl, token)),
  });
  if (outboxId) {
    await ctx.deps.db.transaction().execute((trx) =>
      writeAudit(trx, null, {
        action: "create",
        entity: "password_reset",
        details: { email: input.email.trim().toLowerCase(), ip: ctx.ip },
      }),
    );
    await nudgeWorker(ctx, sendEmailJob, { outboxId });
  }
  return { ok: true as const };
});
