import { SESSION_TTL_MS, verifyTotp } from "@jeugdregie/auth";
import {
  completeMfaSession,
  deleteSession,
  failMfaCode,
  findUserById,
  markLoginSucceeded,
  membershipsOf,
  totpRecord,
  useTotpStep,
  withIdentity,
} from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { codeInput, MFA_MAX_CODE_FAILURES, now, wrongCode } from "../../auth/mfa.ts";
import { claimAttempt } from "../../auth/throttle.ts";
import { auditLogin } from "../../session.ts";
import { publicProcedure } from "../../trpc.ts";

/** The code after the password: opens the pending session, or counts a failure. */
export const verifyCode = publicProcedure.input(codeInput).mutation(async ({ ctx, input }) => {
  const pending = ctx.pendingMfa;
  if (!pending)
    throw new AppError("UNAUTHENTICATED", {
      nl: "Log eerst in met je e-mailadres en wachtwoord; daarna vragen we de code.",
      en: "Sign in with your e-mail address and password first; then we ask for the code.",
    });
  const { db } = ctx.deps;
  const [record, account] = await Promise.all([
    totpRecord(db, pending.userId),
    withIdentity(db, pending.userId, async (tx) => ({
      user: await findUserById(tx, pending.userId),
      memberships: await membershipsOf(tx, pending.userId),
    })),
  ]);
  // Every code counts with the login throttle: a wrong one is a failed sign-in for the account and the address.
  const turn = account.user ? await claimAttempt(ctx, account.user.email) : null;
  const step =
    record?.confirmedAt && account.user && !account.user.disabled_at
      ? verifyTotp(ctx.deps.crypto.decrypt(record.secretEncrypted), input.code, now(ctx), record.lastUsedStep)
      : null;
  const role = account.memberships[0]?.role;
  if (step === null || !role || !(await useTotpStep(db, { userId: pending.userId, role }, step, "sign_in"))) {
    const failures = await failMfaCode(db, pending.sessionId);
    if (failures >= MFA_MAX_CODE_FAILURES) {
      await deleteSession(db, pending.sessionId);
      throw new AppError("UNAUTHENTICATED", {
        nl: "Te vaak een verkeerde code. Log opnieuw in met je wachtwoord.",
        en: "A wrong code too often. Sign in again with your password.",
      });
    }
    throw wrongCode();
  }
  if (!(await completeMfaSession(db, pending.sessionId, new Date(Date.now() + SESSION_TTL_MS)))) throw wrongCode();
  if (turn?.kind === "allow") await markLoginSucceeded(db, turn.attemptId);
  await auditLogin(ctx, pending.userId, account.memberships, "totp");
  return { ok: true as const };
});
