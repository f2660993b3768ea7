import { z } from "zod";
import { LOGIN_THROTTLE, sessionIdFromToken, throttleAddress, unlockLinkProblem, type UnlockLinkProblem } from "@jeugdregie/auth";
import { failLoginUnlock, loginUnlockState, markLoginSucceeded, useLoginUnlock } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import type { Context } from "../../context.ts";
import { startSession } from "../../session.ts";
import { publicProcedure } from "../../trpc.ts";
import { checkCredentials } from "./credentials.ts";
import { claimAttempt } from "./throttle.ts";

/*
 * The link mailed to an account under a distributed guess: with it, and the password, the real
 * user signs in from a new address, which is then known to the account. It works once, for an
 * hour, and survives a few mistyped passwords.
 */
const tokenInput = z.object({ token: z.string().regex(/^[\w-]{20,100}$/, { message: "Deze inloglink is onvolledig." }) });

const AGAIN = { nl: "Log opnieuw in; zo nodig sturen we je een nieuwe link.", en: "Sign in again; we send you a new link if needed." };
const PROBLEMS: Record<UnlockLinkProblem, { nl: string; en: string }> = {
  unknown: { nl: "Deze inloglink bestaat niet. Controleer de link.", en: "This sign-in link does not exist. Check the link." },
  used: { nl: "Deze inloglink is al gebruikt.", en: "This sign-in link has already been used." },
  expired: { nl: "Deze inloglink is verlopen.", en: "This sign-in link has expired." },
  spent: {
    nl: "Met deze inloglink is te vaak een verkeerd wachtwoord ingevuld.",
    en: "A wrong password was entered too often with this link.",
  },
};

function linkRefused(problem: UnlockLinkProblem) {
  const { nl, en } = PROBLEMS[problem];
  return new AppError(problem === "unknown" ? "NOT_FOUND" : "CONFLICT", { nl: `${nl} ${AGAIN.nl}`, en: `${en} ${AGAIN.en}` });
}

async function usableLink(ctx: Context, token: string) {
  const tokenHash = sessionIdFromToken(token);
  const link = await loginUnlockState(ctx.deps.db, tokenHash);
  const problem = unlockLinkProblem(link, new Date());
  if (problem) throw linkRefused(problem);
  return { tokenHash, link: link! };
}

/** Whose link it is, for the page that asks for the password. */
export const loginLinkInfo = publicProcedure.input(tokenInput).query(async ({ ctx, input }) => {
  const { link } = await usableLink(ctx, input.token);
  return { email: link.email, expiresAt: link.expiresAt };
});

export const loginLinkInput = tokenInput.extend({
  password: z.string().min(1, { message: "Vul je wachtwoord in." }).max(200),
});

export const loginWithLink = publicProcedure.input(loginLinkInput).mutation(async ({ ctx, input }) => {
  const { db } = ctx.deps;
  const { tokenHash, link } = await usableLink(ctx, input.token);
  // The link is what a guessed-at account asks for at a new address; the waits for this address still apply.
  const turn = await claimAttempt(ctx, link.email, { withUnlockLink: true });
  if (turn.kind !== "allow") throw new Error("a sign-in link never needs another link");

  const account = await checkCredentials(ctx, link.email, input.password, "login_link");
  if (!account) {
    await failLoginUnlock(db, tokenHash);
    throw new AppError("UNAUTHENTICATED", { nl: "Het wachtwoord klopt niet.", en: "The password is incorrect." });
  }

  const spentBy = await useLoginUnlock(db, tokenHash, throttleAddress(ctx.ip), LOGIN_THROTTLE.unlockMaxPasswordFailures);
  if (spentBy !== account.user.id) throw linkRefused("used");
  await markLoginSucceeded(db, turn.attemptId);
  await startSession(ctx, account.user.id, account.memberships, "login_link");
  return { displayName: account.user.display_name };
});
