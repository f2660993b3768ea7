import { verifyTotp } from "@jeugdregie/auth";
import { totpRecord, useTotpStep } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { alreadyEnrolled, codeInput, now, wrongCode } from "../../auth/mfa.ts";
import { authedProcedure } from "../../trpc.ts";

/** The first right code makes the new secret count. */
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
