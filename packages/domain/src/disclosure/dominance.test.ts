import { describe, expect, it } from "vitest";
import { DOMINANCE_SHARE, isDominated, MIN_PROVIDERS_PER_MONEY_CELL, publishMoney } from "./dominance.ts";

const cell = (...amounts: number[]) => amounts.map((amount, i) => ({ providerId: `p${i}`, amount }));

describe("the dominance rule for money cells", () => {
  it("hides a cell to which fewer than three providers contribute", () => {
    expect(MIN_PROVIDERS_PER_MONEY_CELL).toBe(3);
    expect(publishMoney(cell(100_000))).toEqual({ kind: "suppressed", reason: "dominance" });
    expect(publishMoney(cell(50_000, 50_000))).toEqual({ kind: "suppressed", reason: "dominance" });
    expect(publishMoney(cell(50_000, 50_000, 50_000))).toEqual({ kind: "value", value: 150_000 });
  });

  it("hides a cell in which one provider gives more than 85%", () => {
    expect(DOMINANCE_SHARE).toBe(0.85);
    expect(isDominated(cell(86, 7, 7))).toBe(true);
    expect(isDominated(cell(85, 10, 5))).toBe(false);
    expect(publishMoney(cell(850, 100, 50))).toEqual({ kind: "value", value: 1000 });
  });

  it("counts a provider with several contracts once, and ignores providers without an amount", () => {
    const contributions = [
      { providerId: "a", amount: 40 },
      { providerId: "a", amount: 40 },
      { providerId: "b", amount: 20 },
      { providerId: "c", amount: 0 },
    ];
    expect(isDominated(contributions)).toBe(true);
    expect(isDominated([...contributions, { providerId: "d", amount: 20 }])).toBe(false);
  });

  it("shows an empty cell as 0 and refuses negative amounts", () => {
    expect(publishMoney([])).toEqual({ kind: "value", value: 0 });
    expect(() => publishMoney(cell(-5, 10, 10))).toThrow(RangeError);
  });
});
