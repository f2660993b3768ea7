import { z } from "zod";
import { sessionIdFromToken } from "@jeugdregie/auth";
import { passwordResetState } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import type { Context } from "../context.ts";

/*
 * "Wachtwoord vergeten?": a single-use link (1 hour) mailed to the account's address; the page
 * behind it sets a new password under the invitation's password rules and ends every session.
 * The request answers the same whether or not the address has an account.
 */

export const PASSWORD_RESET = { ttlMs: 60 * 60 * 1000, resendAfterMs: 5 * 60 * 1000 } as const;

export function passwordResetUrl(appUrl: string, token: string): string {
  return new URL(`/wachtwoord-vergeten/${token}`, appUrl).toString();
}

export function passwordResetEmail(url: string) {
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

export const resetTokenInput = z.object({ token: z.string().regex(/^[\w-]{20,100}$/, { message: "Deze link is onvolledig." }) });

const ASK_AGAIN = { nl: "Vraag een nieuwe link aan via 'Wachtwoord vergeten?'.", en: "Ask for a new link through 'Forgot password?'." };

export const resetLinkUsed = () =>
  new AppError("CONFLICT", { nl: `Deze link is al gebruikt. ${ASK_AGAIN.nl}`, en: `This link has already been used. ${ASK_AGAIN.en}` });

/** The reset behind a token, when it can still be used; otherwise the reason it cannot. */
export async function usableReset(ctx: Context, token: string) {
  const tokenHash = sessionIdFromToken(token);
  const state = await passwordResetState(ctx.deps.db, tokenHash);
  if (!state)
    throw new AppError("NOT_FOUND", {
      nl: `Deze link bestaat niet. Controleer de link. ${ASK_AGAIN.nl}`,
      en: `This link does not exist. Check the link. ${ASK_AGAIN.en}`,
    });
  if (state.usedAt) throw resetLinkUsed();
  // The database's clock decides, as app.use_password_reset does.
  if (state.expiresAt.getTime() <= Date.now())
    throw new AppError("CONFLICT", { nl: `Deze link is verlopen. ${ASK_AGAIN.nl}`, en: `This link has expired. ${ASK_AGAIN.en}` });
  return { tokenHash, state };
}
