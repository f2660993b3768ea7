import { z } from "zod";
import { sessionIdFromToken, unlockLinkProblem, type UnlockLinkProblem } from "@jeugdregie/auth";
import { loginUnlockState } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import type { Context } from "../context.ts";

/*
 * The link mailed to an account under a distributed guess: with it, and the password, the real
 * user signs in from a new address, which is then known to the account. It works once, for an
 * hour, and survives a few mistyped passwords.
 */
export const loginLinkTokenInput = z.object({ token: z.string().regex(/^[\w-]{20,100}$/, { message: "Deze inloglink is onvolledig." }) });

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

export function linkRefused(problem: UnlockLinkProblem) {
  const { nl, en } = PROBLEMS[problem];
  return new AppError(problem === "unknown" ? "NOT_FOUND" : "CONFLICT", { nl: `${nl} ${AGAIN.nl}`, en: `${en} ${AGAIN.en}` });
}

/** The link behind a token, when it can still be used; otherwise the reason it cannot. */
export async function usableLink(ctx: Context, token: string) {
  const tokenHash = sessionIdFromToken(token);
  const link = await loginUnlockState(ctx.deps.db, tokenHash);
  const problem = unlockLinkProblem(link, new Date());
  if (problem) throw linkRefused(problem);
  return { tokenHash, link: link! };
}
