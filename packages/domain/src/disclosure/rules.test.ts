import { describe, expect, it } from "vitest";
import { publishedMark } from "./published.ts";
import { isSmallCount, publishCount, roundCount, ROUNDING_BASE, ROUNDING_MARGIN, SMALL_COUNT_THRESHOLD } from "./rules.ts";

describe("publishCount", () => {
  it("shows no children as 0: nobody can be recognised in an empty cell", () => {
    expect(publishCount(0)).toEqual({ kind: "value", value: 0 });
  });

  it("hides 1 to 9 children as small (primary suppression)", () => {
    expect(SMALL_COUNT_THRESHOLD).toBe(10);
    for (const count of [1, 2, 3, 8, 9]) expect(publishCount(count)).toEqual({ kind: "suppressed", reason: "small" });
  });

  it("shows 10 and more, rounded to a multiple of 5", () => {
    expect(publishCount(10)).toEqual({ kind: "value", value: 10 });
    expect(publishCount(12)).toEqual({ kind: "value", value: 10 });
    expect(publishCount(13)).toEqual({ kind: "value", value: 15 });
    expect(publishCount(408)).toEqual({ kind: "value", value: 410 });
  });

  it("refuses what is not a count", () => {
    expect(() => publishCount(-1)).toThrow(RangeError);
    expect(() => publishCount(2.5)).toThrow(RangeError);
    expect(() => publishCount(Number.NaN)).toThrow(RangeError);
  });
});

describe("roundCount", () => {
  it("rounds to the nearest multiple of 5: remainder 1-2 down, 3-4 up (whole counts have no tie)", () => {
    expect(ROUNDING_BASE).toBe(5);
    expect([10, 11, 12, 13, 14, 15].map(roundCount)).toEqual([10, 10, 10, 15, 15, 15]);
    expect([0, 1, 2, 3, 4].map(roundCount)).toEqual([0, 0, 0, 5, 5]);
    expect([97, 98, 526].map(roundCount)).toEqual([95, 100, 525]);
  });

  it("is never further from the true count than the margin the docs promise", () => {
    expect(ROUNDING_MARGIN).toBe(2);
    for (let count = 0; count < 1000; count++) {
      expect(Math.abs(roundCount(count) - count)).toBeLessThanOrEqual(ROUNDING_MARGIN);
      expect(roundCount(count) % ROUNDING_BASE).toBe(0);
    }
  });

  it("gives the same answer every time (no random rounding to average away over releases)", () => {
    expect(Array.from({ length: 5 }, () => roundCount(13))).toEqual([15, 15, 15, 15, 15]);
  });
});

describe("isSmallCount and the reader's marks", () => {
  it("knows the boundaries", () => {
    expect([0, 1, 9, 10, 12, 13].map(isSmallCount)).toEqual([false, true, true, false, false, false]);
  });

  it('shows a small count as "<10" and any other hidden figure as "x"', () => {
    expect(publishedMark({ kind: "suppressed", reason: "small" })).toBe("<10");
    expect(publishedMark({ kind: "suppressed", reason: "secondary" })).toBe("x");
    expect(publishedMark({ kind: "suppressed", reason: "dominance" })).toBe("x");
    expect(publishedMark({ kind: "value", value: 15 })).toBeNull();
  });
});
