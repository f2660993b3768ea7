import { describe, expect, it } from "vitest";
import { DECLINE_REASONS } from "../placement/offers.ts";
import { KPI_DEFINITIONS, KPI_KEYS, KPI_MEASURES } from "./definitions.ts";
import { deriveSnapshots, type RawMeasure } from "./derive.ts";
import { addMonths, kpiPeriod, monthCount, monthOf, previousMonth } from "./months.ts";
import { median, p90, quantile, share } from "./statistics.ts";

const raw = (measure: RawMeasure["measure"], numerator: number, denominator: number, more: Partial<RawMeasure> = {}): RawMeasure => ({
  measure,
  careType: null,
  providerId: null,
  locationId: null,
  municipalityCode: null,
  breakdown: null,
  numerator,
  denominator,
  samples: null,
  ...more,
});

describe("KPI statistics", () => {
  it("interpolates quantiles as PostgreSQL's percentile_cont does", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    // rank 0.9 * 9 = 8.1 between 9 and 10
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBeCloseTo(9.1, 10);
    expect(quantile([7], 0.9)).toBe(7);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it("has no value for an empty population, never 0", () => {
    expect(median([])).toBeNull();
    expect(p90([])).toBeNull();
    expect(share(0, 0)).toBeNull();
    expect(share(0, 4)).toBe(0);
    expect(share(1, 4)).toBe(0.25);
    expect(() => share(5, 4)).toThrow(RangeError);
  });
});

describe("KPI definitions", () => {
  it("define every key once, in Dutch, with a unit and a measure the database produces", () => {
    expect(Object.keys(KPI_DEFINITIONS).sort()).toEqual([...KPI_KEYS].sort());
    for (const key of KPI_KEYS) {
      const d = KPI_DEFINITIONS[key];
      expect(d.key).toBe(key);
      expect(d.label.length).toBeGreaterThan(3);
      expect(d.definition.length).toBeGreaterThan(40);
      expect(KPI_MEASURES).toContain(d.measure);
      expect(d.unit === "days").toBe(d.statistic !== undefined);
      expect(d.dimensions.includes("breakdown")).toBe(d.breakdown !== undefined);
    }
    expect(KPI_DEFINITIONS.declines.breakdown?.codes).toEqual(DECLINE_REASONS);
  });
});

describe("deriveSnapshots", () => {
  it("turns counts, shares and samples into values and leaves empty populations out", () => {
    const values = deriveSnapshots([
      raw("waiting_list", 3, 5),
      raw("waiting_list", 0, 2, { careType: "gezinshuis" }),
      raw("waiting_list", 0, 0, { careType: "crisisplek" }),
      raw("out_of_region", 1, 4),
      raw("out_of_region", 0, 0, { careType: "gezinshuis" }),
      raw("waiting_days", 0, 0, { samples: [10, 20, 30, 40] }),
      raw("waiting_days", 0, 0, { careType: "gezinshuis", samples: [] }),
    ]);
    const find = (kpi: string, careType: string | null = null) => values.find((v) => v.kpi === kpi && v.careType === careType);
    expect(find("waiting_list")).toMatchObject({ value: 3, numerator: 3, denominator: 5 });
    expect(find("waiting_list", "gezinshuis")).toMatchObject({ value: 0 });
    expect(find("waiting_list", "crisisplek")).toBeUndefined();
    expect(find("out_of_region_rate")).toMatchObject({ value: 0.25, numerator: 1, denominator: 4 });
    expect(find("out_of_region_rate", "gezinshuis")).toBeUndefined();
    expect(find("waiting_days_median")).toMatchObject({ value: 25, numerator: null, denominator: 4 });
    expect(find("waiting_days_p90")).toMatchObject({ value: 37 });
    expect(find("waiting_days_median", "gezinshuis")).toBeUndefined();
  });

  it("counts every coded decline reason, 0 where it did not occur, with the parent's population", () => {
    const values = deriveSnapshots([
      raw("declines", 3, 10),
      raw("declines", 2, 0, { breakdown: "no_capacity" }),
      raw("declines", 1, 0, { breakdown: "age" }),
      raw("declines", 0, 0, { careType: "gezinshuis" }),
    ]);
    const declines = values.filter((v) => v.kpi === "declines" && v.careType === null);
    expect(declines.map((v) => [v.breakdown, v.value, v.denominator])).toEqual(
      expect.arrayContaining([
        [null, 3, 10],
        ["no_capacity", 2, 10],
        ["age", 1, 10],
        ["other", 0, 10],
        ["group_safety_risk", 0, 10],
        ["no_fit_for_needs", 0, 10],
      ]),
    );
    expect(declines).toHaveLength(1 + DECLINE_REASONS.length);
    // a care type without answered offers has no declines at all, not five zeros
    expect(values.filter((v) => v.careType === "gezinshuis")).toEqual([]);
  });

  it("keeps open-ended breakdowns (expertise) as they occur and drops a breakdown without its parent", () => {
    const values = deriveSnapshots([
      raw("unmet_need", 2, 6),
      raw("unmet_need", 1, 0, { breakdown: "trauma" }),
      raw("unmet_need", 1, 0, { careType: "gezinshuis", breakdown: "lvb" }),
    ]);
    expect(values.map((v) => [v.careType, v.breakdown, v.value, v.denominator])).toEqual([
      [null, null, 2, 6],
      [null, "trauma", 1, 6],
    ]);
  });

  it("has no occupancy for a month in which no place of the region was occupied, and 0 for an empty location in a busy one", () => {
    const location = { providerId: "p", locationId: "l" };
    expect(deriveSnapshots([raw("occupancy", 0, 248), raw("occupancy", 0, 124, location)])).toEqual([]);
    const busy = deriveSnapshots([raw("occupancy", 22, 248), raw("occupancy", 0, 124, location)]);
    expect(busy.map((v) => [v.locationId, v.value])).toEqual([
      [null, 0.0887],
      ["l", 0],
    ]);
  });

  it("is deterministic: the same measures in another order give the same values", () => {
    const measures = [raw("replacements", 1, 3, { providerId: "p" }), raw("replacements", 2, 7), raw("crisis_over_cap", 1, 2)];
    expect(deriveSnapshots([...measures].reverse())).toEqual(deriveSnapshots(measures));
  });
});

describe("KPI months", () => {
  const now = new Date("2026-11-26T08:00:00Z");

  it("counts Dutch calendar months", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(monthCount("2025-11", "2026-10")).toBe(12);
    expect(monthCount("2026-10", "2026-09")).toBe(0);
    // 23:30 UTC on 31 October is already 1 November in Amsterdam
    expect(monthOf(new Date("2026-10-31T23:30:00Z"))).toBe("2026-11");
    expect(previousMonth(now)).toBe("2026-10");
  });

  it("gives the period of this or an earlier month and refuses a future month in Dutch", () => {
    expect(kpiPeriod("2026-10", now)).toEqual({ month: "2026-10", firstDay: "2026-10-01", nextFirstDay: "2026-11-01" });
    expect(kpiPeriod("2026-11", now).nextFirstDay).toBe("2026-12-01");
    expect(() => kpiPeriod("2026-12", now)).toThrow(/bestaan nog niet.*Kies 2026-11/);
    expect(() => kpiPeriod("2026-13", now)).toThrow(/geen maand/);
  });
});
