import { z } from "zod";
import { LOGIN_THROTTLE, throttleAddress } from "@jeugdregie/auth";
import { failLoginUnlock, markLoginSucceeded, useLoginUnlock } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { checkCredentials } from "../../auth/credentials.ts";
import { linkRefused, loginLinkTokenInput, usableLink } from "../../auth/login-link.ts";
import { claimAttempt } from "../../auth/throttle.ts";
import { startSession } from "../../session.ts";
import { publicProcedure } from "../../trpc.ts";

const input = loginLinkTokenInput.extend({
  password: z.string().min(1, { message: "Vul je wachtwoord in." }).max(200),
});

/** The password together with the mailed link: signs in from an address the account did not know yet. */
export const loginWithLink = publicProcedure.input(input).mutation(async ({ ctx, input }) => {
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
  const { mfaPending } = await startSession(ctx, account.user.id, account.memberships, "login_link");
  return { displayName: account.user.display_name, mfaPending };
});
