import { z } from "zod";
import { hashPassword, newOpaqueToken, sessionIdFromToken } from "@jeugdregie/auth";
import { issuePasswordReset, passwordResetState, usePasswordReset, writeAudit } from "@jeugdregie/db";
import { AppError, passwordProblem } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import { nudgeWorker } from "../../nudge.ts";
import type { Context } from "../../context.ts";
import { publicProcedure } from "../../trpc.ts";
import { claimAttempt } from "./throttle.ts";

/*
 * "Wachtwoord vergeten?": a single-use link (1 hour) mailed to the account's address; the page
 * behind it sets a new password under the invitation's password rules and ends every session.
 * The request answers the same whether or not the address has an account.
 */

export const PASSWORD_RESET = { ttlMs: 60 * 60 * 1000, resendAfterMs: 5 * 60 * 1000 } as const;

export function passwordResetUrl(appUrl: string, token: string): string {
  return new URL(`/wachtwoord-vergeten/${token}`, appUrl).toString();
}

function passwordResetEmail(url: string) {
  return {
    subject: "Nieuw wachtwoord voor Jeugdregie",
    body: [
      "Goedendag,",
      "",
      "Je hebt gevraagd om een nieuw wachtwoord voor Jeugdregie. Kies het via deze link (1 uur geldig, één keer te gebruiken):",
      url,
      "",
      "Vroeg je dit niet zelf? Dan hoef je niets te doen: je wachtwoord blijft zoals het is.",
    ].join("\n"),
  };
}

export const requestResetInput = z.object({ email: z.email({ message: "Vul een geldig e-mailadres in." }).max(254) });

/**
 * Always the same answer. A request counts with the login throttle as a failed sign-in for that
 * address, so asking for links is no cheaper than guessing passwords; one mail per account per
 * five minutes at most.
 */
export const requestPasswordReset = publicProcedure.input(requestResetInput).mutation(async ({ ctx, input }) => {
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

const tokenInput = z.object({ token: z.string().regex(/^[\w-]{20,100}$/, { message: "Deze link is onvolledig." }) });

const ASK_AGAIN = { nl: "Vraag een nieuwe link aan via 'Wachtwoord vergeten?'.", en: "Ask for a new link through 'Forgot password?'." };

async function usableReset(ctx: Context, token: string) {
  const tokenHash = sessionIdFromToken(token);
  const state = await passwordResetState(ctx.deps.db, tokenHash);
  if (!state)
    throw new AppError("NOT_FOUND", {
      nl: `Deze link bestaat niet. Controleer de link. ${ASK_AGAIN.nl}`,
      en: `This link does not exist. Check the link. ${ASK_AGAIN.en}`,
    });
  if (state.usedAt)
    throw new AppError("CONFLICT", { nl: `Deze link is al gebruikt. ${ASK_AGAIN.nl}`, en: `This link has already been used. ${ASK_AGAIN.en}` });
  // The database's clock decides, as app.use_password_reset does.
  if (state.expiresAt.getTime() <= Date.now())
    throw new AppError("CONFLICT", { nl: `Deze link is verlopen. ${ASK_AGAIN.nl}`, en: `This link has expired. ${ASK_AGAIN.en}` });
  return { tokenHash, state };
}

export const passwordResetInfo = publicProcedure.input(tokenInput).query(async ({ ctx, input }) => {
  const { state } = await usableReset(ctx, input.token);
  return { email: state.email, expiresAt: state.expiresAt };
});

export const resetPasswordInput = tokenInput.extend({ password: z.string().max(200) });

export const resetPassword = publicProcedure.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
  const { tokenHash, state } = await usableReset(ctx, input.token);
  const problem = passwordProblem(input.password, state.email);
  if (problem) throw new AppError("BAD_INPUT", problem);
  const userId = await usePasswordReset(ctx.deps.db, tokenHash, await hashPassword(input.password));
  if (!userId)
    throw new AppError("CONFLICT", { nl: `Deze link is al gebruikt. ${ASK_AGAIN.nl}`, en: `This link has already been used. ${ASK_AGAIN.en}` });
  await ctx.deps.db.transaction().execute((trx) =>
        // Nobody is signed in: the link's holder acted, recorded against the account it is for.
    writeAudit(trx, null, { action: "update", entity: "password_reset", entityId: userId, details: { ip: ctx.ip, sessionsEnded: true } }),
  );
  return { email: state.email };
});
