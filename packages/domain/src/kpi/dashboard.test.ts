import { describe, expect, it } from "vitest";
import {
  assertDrillFilter,
  filterSplit,
  longWaitCutoff,
  monthsBetween,
  needsRecoveryPlan,
  seriesSplit,
  shapeSeries,
  waitsTooLong,
} from "./dashboard.ts";
import { KPI_DEFINITIONS } from "./definitions.ts";

describe("dashboard series", () => {
  it("has every month of the period, and a month without a snapshot is empty, not 0", () => {
    const months = monthsBetween("2026-11", "2027-02");
    expect(months).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    const series = shapeSeries(months, [
      { month: "2026-12", value: 0, numerator: 0, denominator: 3 },
      { month: "2027-02", value: 5, numerator: 5, denominator: 9 },
      { month: "2027-03", value: 7, numerator: 7, denominator: 9 },
    ]);
    expect(series.map((p) => p.value)).toEqual([null, 0, null, 5]);
    expect(series[0]).toEqual({ month: "2026-11", value: null, numerator: null, denominator: null });
  });

  it("reads one stored split: the filter's dimension when the KPI carries it, else says why there is none", () => {
    expect(seriesSplit(KPI_DEFINITIONS.waiting_list, {})).toEqual({ careType: null, providerId: null, municipalityCode: null });
    expect(seriesSplit(KPI_DEFINITIONS.waiting_list, { municipalityCode: "GM0363" })).toEqual({
      careType: null,
      providerId: null,
      municipalityCode: "GM0363",
    });
    expect(seriesSplit(KPI_DEFINITIONS.long_wait, { providerId: "p" })).toMatchObject({ providerId: "p" });
    expect(seriesSplit(KPI_DEFINITIONS.waiting_list, { providerId: "p" })).toEqual({
      missing: "Dit kengetal is niet uitgesplitst naar aanbieder.",
    });
    expect(seriesSplit(KPI_DEFINITIONS.occupancy, { careType: "gezinshuis" })).toHaveProperty("missing");
    expect(seriesSplit(KPI_DEFINITIONS.declines, { careType: "gezinshuis", providerId: "p" })).toHaveProperty("missing");
  });
});

describe("waiting over four months (seeds/003)", () => {
  it("counts calendar months back, clamped to the month's last day as PostgreSQL does", () => {
    expect(longWaitCutoff("2026-06-15")).toBe("2026-02-15");
    expect(longWaitCutoff("2026-06-30")).toBe("2026-02-28");
    expect(longWaitCutoff("2028-06-30")).toBe("2028-02-29");
    expect(longWaitCutoff("2026-02-10")).toBe("2025-10-10");
  });

  it("is more than four months: four months to the day is not yet too long", () => {
    expect(waitsTooLong("2026-02-15", "2026-06-15")).toBe(false);
    expect(waitsTooLong("2026-02-14", "2026-06-15")).toBe(true);
    expect(waitsTooLong("2026-03-01", "2026-06-15")).toBe(false);
  });

  it("flags a provider with at least one child waiting too long", () => {
    expect(needsRecoveryPlan({ providerId: "p", waiting: 12, overFourMonths: 1 })).toBe(true);
    expect(needsRecoveryPlan({ providerId: "p", waiting: 12, overFourMonths: 0 })).toBe(false);
  });
});

describe("drill-down filters", () => {
  it("refuses a split the KPI does not have and a reason outside the coded list", () => {
    expect(() => assertDrillFilter("declines", { providerId: "p", breakdown: "no_capacity" })).not.toThrow();
    expect(() => assertDrillFilter("waiting_list", { providerId: "p" })).toThrow(/niet uitgesplitst naar aanbieder/);
    expect(() => assertDrillFilter("declines", { breakdown: "because" })).toThrow(/uitsplitsing bestaat niet/);
    expect(() => assertDrillFilter("waiting_list", { breakdown: "no_capacity" })).toThrow(/uitsplitsing bestaat niet/);
  });
});

describe("filter split", () => {
  it("reads the whole region without a filter and nothing for a combination of filters", () => {
    expect(filterSplit({})).toEqual({ careType: null, providerId: null, municipalityCode: null });
    expect(filterSplit({ careType: "gezinshuis", municipalityCode: "GM0363" })).toHaveProperty("missing");
  });
});
