import { describe, expect, it } from "vitest";
import { isMonday, lastReleaseWeeks, releaseWeekOf } from "./weeks.ts";

describe("release weeks", () => {
  it("lists the last weeks' Mondays oldest first, ending with this week's", () => {
    // Thursday 26 November 2026, Dutch time
    const now = new Date("2026-11-26T11:00:00Z");
    expect(releaseWeekOf(now)).toBe("2026-11-23");
    expect(lastReleaseWeeks(now, 3)).toEqual(["2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(lastReleaseWeeks(now, 10).every(isMonday)).toBe(true);
    expect(lastReleaseWeeks(now, 0)).toEqual([]);
  });

  it("crosses a year and a daylight-saving change without losing a Monday", () => {
    const weeks = lastReleaseWeeks(new Date("2027-01-05T08:00:00Z"), 12);
    expect(weeks.at(-1)).toBe("2027-01-04");
    expect(weeks[0]).toBe("2026-10-19");
    expect(new Set(weeks).size).toBe(12);
  });
});
