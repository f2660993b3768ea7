/** How the mail relay retries a message the SMTP server did not take. */
export interface MailRetryPolicy {
  /** Delay before the second attempt; every later one waits twice as long as the one before. */
  baseDelayMs: number;
  /** No delay grows beyond this. */
  maxDelayMs: number;
  /** After this many failed attempts the message is dead: only a person can send it again. */
  maxAttempts: number;
}

export const DEFAULT_MAIL_RETRY: MailRetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 3_600_000, maxAttempts: 8 };

export type MailAttemptOutcome = { status: "failed"; nextAttemptAt: Date } | { status: "dead" };

/**
 * What follows a failed attempt: the next one after an exponentially growing delay, or, once
 * `attempts` (including this one) reaches the maximum, nothing: the message is dead.
 */
export function afterFailedAttempt(attempts: number, now: Date, policy: MailRetryPolicy = DEFAULT_MAIL_RETRY): MailAttemptOutcome {
  if (attempts >= policy.maxAttempts) return { status: "dead" };
  const delay = Math.min(policy.baseDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
  return { status: "failed", nextAttemptAt: new Date(now.getTime() + delay) };
}
