import { z } from "zod";
import { newTotpSecret, otpauthUri, SESSION_TTL_MS, verifyTotp } from "@jeugdregie/auth";
import {
  completeMfaSession,
  deleteSession,
  failMfaCode,
  findUserById,
  markLoginSucceeded,
  membershipsOf,
  startTotpEnrolment,
  totpRecord,
  useTotpStep,
  withIdentity,
} from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import type { Context } from "../../context.ts";
import { auditLogin } from "../../session.ts";
import { authedProcedure, publicProcedure } from "../../trpc.ts";
import { claimAttempt } from "./throttle.ts";

/*
 * A second factor (TOTP, RFC 6238 in @jeugdregie/auth): enrolment by the signed-in user, and the
 * code a sign-in owes after its password when the account has one.
 */

/** Wrong codes one pending sign-in may type before it has to start over with the password. */
export const MFA_MAX_CODE_FAILURES = 5;

export const codeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, { message: "Vul de 6 cijfers uit je authenticator-app in." }),
});

const now = (ctx: Context) => ctx.deps.clock?.() ?? new Date();

const wrongCode = () =>
  new AppError("BAD_INPUT", {
    nl: "Deze code klopt niet. Vul de code in die je app nu toont (hij verandert elke 30 seconden).",
    en: "This code is not right. Enter the code your app shows now (it changes every 30 seconds).",
  });

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

export const mfaStatusProcedure = authedProcedure.query(({ ctx }) => ctx.viewer.mfa);

const alreadyEnrolled = () =>
  new AppError("ILLEGAL_TRANSITION", {
    nl: "Je hebt tweestapsverificatie al ingesteld. Nieuwe telefoon? Vraag de platformbeheerder om die te herstellen.",
    en: "You have already set up two-step verification. New phone? Ask the platform administrator to reset it.",
  });

/** A new secret to add to an authenticator app; it counts only once a first code confirms it. */
export const startEnrolment = authedProcedure.mutation(async ({ ctx }) => {
  const { user } = ctx.viewer;
  const secret = newTotpSecret();
  if (!(await startTotpEnrolment(ctx.deps.db, user.id, ctx.deps.crypto.encrypt(secret)))) throw alreadyEnrolled();
  return { secret, otpauthUri: otpauthUri(secret, user.email) };
});

export const confirmEnrolment = authedProcedure.input(codeInput).mutation(async ({ ctx, input }) => {
  const { db, crypto } = ctx.deps;
  const { user, scope } = ctx.viewer;
  const record = await totpRecord(db, user.id);
  if (record?.confirmedAt) throw alreadyEnrolled();
  if (!record)
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Begin opnieuw met het instellen van tweestapsverificatie.",
      en: "Start setting up two-step verification again.",
    });
  const step = verifyTotp(crypto.decrypt(record.secretEncrypted), input.code, now(ctx), record.lastUsedStep);
  if (step === null || !(await useTotpStep(db, scope, step, "enrol"))) throw wrongCode();
  return { ok: true as const };
});
