import { z } from "zod";
import { markLoginSucceeded } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { startSession } from "../../session.ts";
import { publicProcedure } from "../../trpc.ts";
import { checkCredentials } from "../../auth/credentials.ts";
import { claimAttempt, sendLoginLink, signInByEmailLink } from "../../auth/throttle.ts";

const input = z.object({
  email: z.email({ message: "Vul een geldig e-mailadres in." }).max(254),
  password: z.string().min(1, { message: "Vul je wachtwoord in." }).max(200),
});

const invalidCredentials = () =>
  new AppError("UNAUTHENTICATED", { nl: "E-mailadres of wachtwoord klopt niet.", en: "E-mail address or password is incorrect." });

export const login = publicProcedure.input(input).mutation(async ({ ctx, input }) => {
  const turn = await claimAttempt(ctx, input.email);
  if (turn.kind === "unlock_by_email") {
    // The password is not even looked at: a right one from here would tell the guesser it is right.
    await sendLoginLink(ctx, input.email);
    throw signInByEmailLink();
  }
  const account = await checkCredentials(ctx, input.email, input.password);
  if (!account) throw invalidCredentials();
  await markLoginSucceeded(ctx.deps.db, turn.attemptId);
  const { mfaPending } = await startSession(ctx, account.user.id, account.memberships, "password");
  return { displayName: account.user.display_name, mfaPending };
});
