import { isIP } from "node:net";

/*
 * Login throttling without a lockout an attacker controls (docs/decisions/0006-login-throttling.md).
 * Failures slow down the address they come from, with growing waits; failures for one account
 * from many addresses never lock it: a password alone then no longer opens it from an address it
 * has not signed in from before, and the real user gets a single-use link by e-mail.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Free failures, then waits of `firstDelayMs`, doubling, capped at `maxDelayMs`. */
export interface DelayRule {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const LOGIN_THROTTLE = {
  /** One account from one address: a typo or three is free, then 1 s, 2 s, 4 s ... 5 minutes. Reset by a sign-in there. */
  pair: { freeFailures: 3, firstDelayMs: SECOND, maxDelayMs: 5 * MINUTE } satisfies DelayRule,
  /** One address over all accounts (password spraying); generous, since an office signs in from one address. */
  address: { freeFailures: 20, firstDelayMs: SECOND, maxDelayMs: 5 * MINUTE } satisfies DelayRule,
  pairWindowMs: DAY,
  addressWindowMs: HOUR,
  /** Failures for one account from all addresses within a day that make a password alone not enough from a new address. */
  accountGuardAfter: 10,
  accountWindowMs: DAY,
  /** An address that signed in to the account this recently is the user's own. */
  knownAddressMs: 90 * DAY,
  /** The e-mailed link: how long it works, how often a wrong password may be typed with it, how often it is sent. */
  unlockTtlMs: HOUR,
  unlockMaxPasswordFailures: 5,
  unlockResendAfterMs: 15 * MINUTE,
} as const;

/** Failures counted for one rule, and when the last one was. */
export interface FailureRun {
  count: number;
  lastAt: Date | null;
}

/** What the throttle knows about an attempt before the password is looked at. */
export interface LoginHistory {
  /** This account from this address, since its last successful sign-in there. */
  pair: FailureRun;
  /** Every account from this address. */
  address: FailureRun;
  /** This account from every address. */
  accountFailures: number;
  /** This account signed in from this address before (knownAddressMs). */
  knownAddress: boolean;
}

export type LoginVerdict =
  | { kind: "allow" }
  | { kind: "wait"; retryAfterSeconds: number }
  /** The account is under a distributed guess and this address is new to it: only the e-mailed link opens it here. */
  | { kind: "unlock_by_email" };

/** The wait after `failures` failures under one rule (0 while they are free). */
export function delayAfter(failures: number, rule: DelayRule): number {
  const excess = failures - rule.freeFailures;
  if (excess <= 0) return 0;
  // Doubling stops well before the numbers get silly: 2^20 s is far beyond any cap.
  return Math.min(rule.firstDelayMs * 2 ** Math.min(excess - 1, 20), rule.maxDelayMs);
}

function retryAt(run: FailureRun, rule: DelayRule): number {
  return run.lastAt ? run.lastAt.getTime() + delayAfter(run.count, rule) : 0;
}

/**
 * Whether an attempt may have its password checked now. The API never sleeps: a wait is refused
 * at once and named. `withUnlockLink`: the caller holds a live link from the account's mailbox,
 * which is exactly what the distributed-guess rule asks for; the address waits still apply.
 */
export function loginVerdict(history: LoginHistory, now: Date, options: { withUnlockLink?: boolean } = {}): LoginVerdict {
  if (!options.withUnlockLink && !history.knownAddress && history.accountFailures >= LOGIN_THROTTLE.accountGuardAfter)
    return { kind: "unlock_by_email" };
  const until = Math.max(retryAt(history.pair, LOGIN_THROTTLE.pair), retryAt(history.address, LOGIN_THROTTLE.address));
  if (until > now.getTime()) return { kind: "wait", retryAfterSeconds: Math.ceil((until - now.getTime()) / SECOND) };
  return { kind: "allow" };
}

/** Where each count of LoginHistory starts, for the database to count from. */
export function loginHistorySince(now: Date) {
  const before = (ms: number) => new Date(now.getTime() - ms);
  return {
    pair: before(LOGIN_THROTTLE.pairWindowMs),
    address: before(LOGIN_THROTTLE.addressWindowMs),
    account: before(LOGIN_THROTTLE.accountWindowMs),
    known: before(LOGIN_THROTTLE.knownAddressMs),
  };
}

/**
 * The address the throttle counts by. IPv6 by its /64: one subscriber gets a whole /64 and can
 * pick a new address from it for every attempt. IPv4 (also written ::ffff:a.b.c.d) as it is.
 */
export function throttleAddress(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** "1 seconde", "40 seconden", "3 minuten": how long to wait, in words. */
export function waitInWords(seconds: number): { nl: string; en: string } {
  if (seconds < 120) return seconds === 1 ? { nl: "1 seconde", en: "1 second" } : { nl: `${seconds} seconden`, en: `${seconds} seconds` };
  const minutes = Math.ceil(seconds / 60);
  return { nl: `${minutes} minuten`, en: `${minutes} minutes` };
}

export interface UnlockLinkState {
  expiresAt: Date;
  usedAt: Date | null;
  passwordFailures: number;
}

export type UnlockLinkProblem = "unknown" | "used" | "expired" | "spent";

/** Why a link no longer works, or null: it works once, for an hour, and survives a few typos. */
export function unlockLinkProblem(link: UnlockLinkState | undefined, now: Date): UnlockLinkProblem | null {
  if (!link) return "unknown";
  if (link.usedAt) return "used";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  if (link.passwordFailures >= LOGIN_THROTTLE.unlockMaxPasswordFailures) return "spent";
  return null;
}
