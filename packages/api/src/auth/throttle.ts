import { loginHistorySince, loginVerdict, newOpaqueToken, throttleAddress, waitInWords, LOGIN_THROTTLE } from "@jeugdregie/auth";
import { claimLoginAttempt, issueLoginUnlock, writeAudit } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import type { Context } from "../context.ts";

/*
 * The login throttle as the sign-in procedures use it (rules in @jeugdregie/auth, decision in
 * docs/decisions/0006-login-throttling.md): the API never sleeps on a request; it refuses until
 * the moment has passed and says when.
 */

export const tooManyFailures = (seconds: number) => {
  const wait = waitInWords(seconds);
  return new AppError(
    "RATE_LIMITED",
    {
      nl: `Te veel mislukte inlogpogingen. Probeer het over ${wait.nl} opnieuw.`,
      en: `Too many failed sign-in attempts. Try again in ${wait.en}.`,
    },
    { client: { retryAfterSeconds: seconds } },
  );
};

/** The same words whether or not the address has an account: the answer tells an attacker nothing. */
export const signInByEmailLink = () =>
  new AppError(
    "RATE_LIMITED",
    {
      nl: "Er is vanaf veel adressen geprobeerd op dit account in te loggen. Ter bescherming werkt je wachtwoord vanaf dit adres nu alleen samen met een link die we naar het e-mailadres van het account sturen (1 uur geldig). Vanaf een adres waar je eerder inlogde, werkt je wachtwoord gewoon.",
      en: "Someone tried to sign in to this account from many addresses. To protect it, from this address your password now works only together with a link we send to the account's e-mail address (valid for 1 hour). From an address where you signed in before, your password works as usual.",
    },
    { client: { signInByEmailLink: true } },
  );

/**
 * Claims this attempt's turn: a wait is refused at once (with Retry-After); otherwise the attempt
 * is recorded as failed until the caller marks it succeeded.
 */
export async function claimAttempt(ctx: Context, email: string, options: { withUnlockLink?: boolean } = {}) {
  const now = ctx.deps.clock?.() ?? new Date();
  const { verdict, attemptId } = await claimLoginAttempt(
    ctx.deps.db,
    { email, address: throttleAddress(ctx.ip), ip: ctx.ip },
    { now, since: loginHistorySince(now) },
    (history) => loginVerdict(history, now, options),
  );
  if (verdict.kind === "wait") {
    ctx.resHeaders.set("Retry-After", String(verdict.retryAfterSeconds));
    throw tooManyFailures(verdict.retryAfterSeconds);
  }
  return verdict.kind === "allow" ? { kind: "allow" as const, attemptId: attemptId! } : { kind: "unlock_by_email" as const };
}

export function loginLinkUrl(appUrl: string, token: string): string {
  return new URL(`/inloggen/link/${token}`, appUrl).toString();
}

function loginLinkEmail(url: string) {
  return {
    subject: "Inloggen bij Jeugdregie met een link",
    body: [
      "Goedendag,",
      "",
      "Er is vanaf veel verschillende adressen geprobeerd op je Jeugdregie-account in te loggen. Je account is niet geblokkeerd,",
      "maar vanaf een adres waar je nog niet eerder inlogde werkt je wachtwoord nu alleen samen met deze link",
      "(1 uur geldig, één keer te gebruiken):",
      url,
      "",
      "Vanaf een adres waar je eerder inlogde, werkt je wachtwoord gewoon.",
      "Probeerde je zelf niet in te loggen? Dan hoef je niets te doen: zonder je wachtwoord en deze link komt niemand binnen.",
    ].join("\n"),
  };
}

/** Mails a sign-in link to the account with this address, if there is one and none went out recently. */
export async function sendLoginLink(ctx: Context, email: string) {
  const { token, id: tokenHash } = newOpaqueToken();
  const outboxId = await issueLoginUnlock(ctx.deps.db, ctx.deps.crypto, {
    email,
    tokenHash,
    ttlSeconds: LOGIN_THROTTLE.unlockTtlMs / 1000,
    resendAfterSeconds: LOGIN_THROTTLE.unlockResendAfterMs / 1000,
    ...loginLinkEmail(loginLinkUrl(ctx.deps.appUrl, token)),
  });
  if (!outboxId) return;
  await ctx.deps.db
    .transaction()
    .execute((trx) =>
      writeAudit(trx, null, { action: "create", entity: "login_link", details: { email: email.trim().toLowerCase(), ip: ctx.ip } }),
    );
  await ctx.deps.jobs.enqueue(sendEmailJob, { outboxId });
}
