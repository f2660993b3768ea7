import { z } from "zod";
import { hashPassword } from "@jeugdregie/auth";
import { usePasswordReset, writeAudit } from "@jeugdregie/db";
import { AppError, passwordProblem } from "@jeugdregie/domain";
import { resetLinkUsed, resetTokenInput, usableReset } from "../../auth/password-reset.ts";
import { publicProcedure } from "../../trpc.ts";

const input = resetTokenInput.extend({ password: z.string().max(200) });

/** Sets the new password and ends every session of the account. */
export const resetPassword = publicProcedure.input(input).mutation(async ({ ctx, input }) => {
  const { tokenHash, state } = await usableReset(ctx, input.token);
  const problem = passwordProblem(input.password, state.email);
  if (problem) throw new AppError("BAD_INPUT", problem);
  const userId = await usePasswordReset(ctx.deps.db, tokenHash, await hashPassword(input.password));
  if (!userId) throw resetLinkUsed();
  await ctx.deps.db.transaction().execute((trx) =>
    // Nobody is signed in: the link's holder acted, recorded against the account it is for.
    writeAudit(trx, null, { action: "update", entity: "password_reset", entityId: userId, details: { ip: ctx.ip, sessionsEnded: true } }),
  );
  return { email: state.email };
});
