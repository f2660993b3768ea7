import { describe, expect, it } from "vitest";
import { afterFailedAttempt, DEFAULT_MAIL_RETRY } from "./retry.ts";

describe("afterFailedAttempt", () => {
  const now = new Date("2026-11-25T10:00:00Z");
  const policy = { baseDelayMs: 1000, maxDelayMs: 5000, maxAttempts: 5 };
  const delayAfter = (attempts: number) => {
    const outcome = afterFailedAttempt(attempts, now, policy);
    return outcome.status === "failed" ? outcome.nextAttemptAt.getTime() - now.getTime() : outcome.status;
  };

  it("doubles the delay after every failed attempt, up to the cap", () => {
    expect([1, 2, 3, 4].map(delayAfter)).toEqual([1000, 2000, 4000, 5000]);
  });

  it("gives up once the maximum number of attempts is reached", () => {
    expect(delayAfter(5)).toBe("dead");
    expect(delayAfter(9)).toBe("dead");
  });

  it("retries for hours by default before a message is dead", () => {
    const total = Array.from({ length: DEFAULT_MAIL_RETRY.maxAttempts - 1 }, (_, i) => i + 1).reduce((sum, attempts) => {
      const outcome = afterFailedAttempt(attempts, now);
      return sum + (outcome.status === "failed" ? outcome.nextAttemptAt.getTime() - now.getTime() : 0);
    }, 0);
    expect(total).toBeGreaterThan(3_600_000);
    expect(afterFailedAttempt(DEFAULT_MAIL_RETRY.maxAttempts, now)).toEqual({ status: "dead" });
  });
});
