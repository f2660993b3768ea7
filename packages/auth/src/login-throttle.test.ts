import { describe, expect, it } from "vitest";
import {
  delayAfter,
  LOGIN_THROTTLE,
  loginHistorySince,
  loginVerdict,
  throttleAddress,
  unlockLinkProblem,
  waitInWords,
  type LoginHistory,
} from "./login-throttle.ts";

const now = new Date("2026-11-25T12:00:00Z");
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const quiet: LoginHistory = {
  pair: { count: 0, lastAt: null },
  address: { count: 0, lastAt: null },
  accountFailures: 0,
  knownAddress: false,
};

describe("delays after failures", () => {
  it("lets a few failures go free, then doubles from one second up to five minutes", () => {
    const { pair } = LOGIN_THROTTLE;
    const waits = Array.from({ length: 14 }, (_, i) => delayAfter(i, pair) / 1000);
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300]);
    expect(delayAfter(10_000, pair)).toBe(5 * 60 * 1000);
  });

  it("is far more generous for an address over all its accounts than for one account", () => {
    expect(delayAfter(LOGIN_THROTTLE.pair.freeFailures + 1, LOGIN_THROTTLE.pair)).toBeGreaterThan(0);
    expect(delayAfter(LOGIN_THROTTLE.pair.freeFailures + 1, LOGIN_THROTTLE.address)).toBe(0);
    expect(delayAfter(LOGIN_THROTTLE.address.freeFailures + 1, LOGIN_THROTTLE.address)).toBe(1000);
  });
});

describe("login verdict", () => {
  it("allows a quiet account, and free failures", () => {
    expect(loginVerdict(quiet, now)).toEqual({ kind: "allow" });
    expect(loginVerdict({ ...quiet, pair: { count: 3, lastAt: secondsAgo(0) } }, now)).toEqual({ kind: "allow" });
  });

  it("names the wait until the moment has passed, counted from the last failure", () => {
    const pair = { count: 6, lastAt: secondsAgo(1) }; // 4 s after the last failure
    expect(loginVerdict({ ...quiet, pair }, now)).toEqual({ kind: "wait", retryAfterSeconds: 3 });
    expect(loginVerdict({ ...quiet, pair: { count: 6, lastAt: secondsAgo(4) } }, now)).toEqual({ kind: "allow" });
  });

  it("takes the longer of the account-at-address and the address wait", () => {
    const history = { ...quiet, pair: { count: 4, lastAt: secondsAgo(0) }, address: { count: 23, lastAt: secondsAgo(0) } };
    expect(loginVerdict(history, now)).toEqual({ kind: "wait", retryAfterSeconds: 4 });
  });

  it("asks for the e-mailed link at a new address once an account is guessed at from everywhere, never at a known one", () => {
    const guessed = { ...quiet, accountFailures: LOGIN_THROTTLE.accountGuardAfter };
    expect(loginVerdict({ ...guessed, accountFailures: LOGIN_THROTTLE.accountGuardAfter - 1 }, now)).toEqual({ kind: "allow" });
    expect(loginVerdict(guessed, now)).toEqual({ kind: "unlock_by_email" });
    expect(loginVerdict({ ...guessed, knownAddress: true }, now)).toEqual({ kind: "allow" });
    expect(loginVerdict(guessed, now, { withUnlockLink: true })).toEqual({ kind: "allow" });
  });

  it("keeps the address waits for the link and the known address too", () => {
    const slowed = { ...quiet, accountFailures: 50, knownAddress: true, pair: { count: 5, lastAt: secondsAgo(0) } };
    expect(loginVerdict(slowed, now)).toEqual({ kind: "wait", retryAfterSeconds: 2 });
    expect(loginVerdict({ ...slowed, knownAddress: false }, now, { withUnlockLink: true })).toEqual({ kind: "wait", retryAfterSeconds: 2 });
  });

  it("counts each rule over its own window", () => {
    const since = loginHistorySince(now);
    expect(now.getTime() - since.address.getTime()).toBe(LOGIN_THROTTLE.addressWindowMs);
    expect(now.getTime() - since.known.getTime()).toBe(LOGIN_THROTTLE.knownAddressMs);
  });
});

describe("the address the throttle counts by", () => {
  it("is an IPv4 address as it is, also when written IPv4-mapped", () => {
    expect(throttleAddress("192.0.2.7")).toBe("192.0.2.7");
    expect(throttleAddress("::ffff:192.0.2.7")).toBe("192.0.2.7");
  });

  it("is the /64 of an IPv6 address, however it is written", () => {
    expect(throttleAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("2001:0DB8:0001:0002::1")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(throttleAddress("::1")).toBe("0:0:0:0::/64");
  });

  it("leaves anything else (an unknown socket) as it is", () => {
    expect(throttleAddress("unknown")).toBe("unknown");
  });
});

describe("the wait in words", () => {
  it("says seconds, and minutes from two minutes on", () => {
    expect(waitInWords(1).nl).toBe("1 seconde");
    expect(waitInWords(45)).toEqual({ nl: "45 seconden", en: "45 seconds" });
    expect(waitInWords(121).nl).toBe("3 minuten");
  });
});

describe("the e-mailed link", () => {
  const link = { expiresAt: new Date(now.getTime() + 60_000), usedAt: null, passwordFailures: 0 };
  it("works once, until it expires, and survives a few wrong passwords", () => {
    expect(unlockLinkProblem(link, now)).toBeNull();
    expect(unlockLinkProblem(undefined, now)).toBe("unknown");
    expect(unlockLinkProblem({ ...link, usedAt: now }, now)).toBe("used");
    expect(unlockLinkProblem({ ...link, expiresAt: now }, now)).toBe("expired");
    expect(unlockLinkProblem({ ...link, passwordFailures: LOGIN_THROTTLE.unlockMaxPasswordFailures - 1 }, now)).toBeNull();
    expect(unlockLinkProblem({ ...link, passwordFailures: LOGIN_THROTTLE.unlockMaxPasswordFailures }, now)).toBe("spent");
  });
});
