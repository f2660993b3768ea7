import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { addQuarters, quarterOf, reportQuarter } from "./quarters.ts";
import { needSupplyRows, supplyVerdict, type NeedSupplyCounts } from "./supply.ts";
import { GROWTH_MAX, projectAllPlaces, projectionWindows, projectPlaces } from "./projection.ts";

const now = new Date("2026-11-26T10:00:00Z");

describe("report quarters", () => {
  it("names the quarter's months, days and label; the running quarter counts up to today", () => {
    expect(reportQuarter("2026-K3", now)).toEqual({
      quarter: "2026-K3",
      label: "K3 2026",
      year: 2026,
      months: ["2026-07", "2026-08", "2026-09"],
      firstDay: "2026-07-01",
      nextFirstDay: "2026-10-01",
      countedUntil: "2026-10-01",
    });
    expect(reportQuarter("2026-K4", now)).toMatchObject({ nextFirstDay: "2027-01-01", countedUntil: "2026-11-27" });
    expect(quarterOf(now)).toBe("2026-K4");
    expect(addQuarters("2026-K1", -1)).toBe("2025-K4");
    expect(addQuarters("2026-K4", 1)).toBe("2027-K1");
  });

  it("refuses a malformed quarter and one that has not begun, saying what to ask", () => {
    for (const bad of ["2026-Q3", "2026-K5", "2026K3", "", "2026-K3; drop"]) {
      expect(() => reportQuarter(bad, now)).toThrow(AppError);
      expect(() => reportQuarter(bad, now)).toThrow(/geen kwartaal/);
    }
    expect(() => reportQuarter("2027-K1", now)).toThrow(/nog niet begonnen\. Kies 2026-K4/);
  });
});

const counts = (c: Partial<NeedSupplyCounts>): NeedSupplyCounts => ({
  careType: "gezinshuis",
  expertise: null,
  needed: 10,
  placed: 8,
  placedGoodFit: 8,
  placedPoorFit: 0,
  waited: 0,
  waitingAtEnd: 0,
  declines: {},
  contractedPlaces: 20,
  ...c,
});

describe("need against supply", () => {
  it("names where supply is missing, the first rule that holds", () => {
    expect(supplyVerdict(counts({ contractedPlaces: 0, waited: 2, waitingAtEnd: 2 }))).toBe("no_supply");
    expect(supplyVerdict(counts({ waited: 2, waitingAtEnd: 2 }))).toBe("short");
    expect(supplyVerdict(counts({ placedGoodFit: 7, placedPoorFit: 1 }))).toBe("short");
    expect(supplyVerdict(counts({ waited: 3 }))).toBe("tight");
    expect(supplyVerdict(counts({ declines: { no_capacity: 1 } }))).toBe("tight");
    expect(supplyVerdict(counts({ declines: { age: 4 } }))).toBe("enough");
    expect(supplyVerdict(counts({}))).toBe("enough");
  });

  it("counts what was not met, fills every decline reason and orders care types, the whole first", () => {
    const rows = needSupplyRows([
      counts({
        careType: "gezinshuis",
        expertise: "trauma",
        needed: 3,
        placed: 2,
        placedGoodFit: 1,
        placedPoorFit: 1,
        waited: 1,
        waitingAtEnd: 1,
      }),
      counts({ careType: "gezinshuis", expertise: "lvb", needed: 5, placed: 5, placedGoodFit: 5 }),
      counts({
        careType: "gezinshuis",
        needed: 12,
        placed: 9,
        placedGoodFit: 8,
        placedPoorFit: 1,
        waited: 2,
        waitingAtEnd: 2,
        declines: { no_capacity: 3, other: 1 },
      }),
      counts({ careType: "jeugdzorgplus", needed: 2, placed: 2, placedGoodFit: 2 }),
    ]);
    expect(rows.map((r) => `${r.careType}/${r.expertise ?? "*"}`)).toEqual([
      "jeugdzorgplus/*",
      "gezinshuis/*",
      "gezinshuis/lvb",
      "gezinshuis/trauma",
    ]);
    expect(rows[1]).toMatchObject({
      unmet: 3,
      verdict: "short",
      declinesTotal: 4,
      declines: { no_capacity: 3, no_fit_for_needs: 0, group_safety_risk: 0, age: 0, other: 1 },
    });
    expect(rows[3]).toMatchObject({ unmet: 2, verdict: "short" });
    expect(rows[2]).toMatchObject({ unmet: 0, verdict: "enough" });
  });

  it("refuses counts that cannot be (more placed than needed, more fits than placements)", () => {
    expect(() => needSupplyRows([counts({ placed: 11 })])).toThrow(RangeError);
    expect(() => needSupplyRows([counts({ placedGoodFit: 8, placedPoorFit: 1 })])).toThrow(RangeError);
    expect(() => needSupplyRows([counts({ needed: -1 })])).toThrow(RangeError);
    expect(() => needSupplyRows([counts({ waited: 1, waitingAtEnd: 2 })])).toThrow(RangeError);
  });
});

describe("projection of places next year", () => {
  const windows = projectionWindows("2026-10-01");

  it("uses the last 12 months and the 12 before, ending at the report's end", () => {
    expect(windows).toEqual({
      current: { from: "2025-10-01", to: "2026-10-01", days: 365 },
      previous: { from: "2024-10-01", to: "2025-10-01", days: 365 },
    });
    expect(projectionWindows("2025-03-01").previous.days).toBe(366);
  });

  it("average daily demand times growth, rounded up, against contracted places", () => {
    // 3,650 child-days over 365 days: 10 children on an average day; the year before 8 (2,920 days): growth 1.25.
    const p = projectPlaces({ careType: "gezinshuis", demandDays: 3650, previousDemandDays: 2920, contractedPlaces: 11 }, windows);
    expect(p).toEqual({
      careType: "gezinshuis",
      averageDemand: 10,
      previousAverageDemand: 8,
      observedGrowth: 1.25,
      growth: 1.25,
      placesNeeded: 13,
      contractedPlaces: 11,
      gap: 2,
    });
  });

  it("without a year before there is no growth; an extreme growth is capped", () => {
    const none = projectPlaces({ careType: "crisisplek", demandDays: 730, previousDemandDays: 0, contractedPlaces: 4 }, windows);
    expect(none).toMatchObject({ averageDemand: 2, observedGrowth: null, growth: 1, placesNeeded: 2, gap: -2 });
    const steep = projectPlaces({ careType: "crisisplek", demandDays: 3650, previousDemandDays: 365, contractedPlaces: 0 }, windows);
    expect(steep).toMatchObject({ observedGrowth: 10, growth: GROWTH_MAX, placesNeeded: 20, gap: 20 });
  });

  it("rounds a fraction of a place up, not a float's hair", () => {
    // 1,095 child-days: 3 children on average, exactly; 1,100: a little more, so 4 places.
    expect(
      projectPlaces({ careType: "gezinshuis", demandDays: 1095, previousDemandDays: 1095, contractedPlaces: 3 }, windows).placesNeeded,
    ).toBe(3);
    expect(
      projectPlaces({ careType: "gezinshuis", demandDays: 1100, previousDemandDays: 1100, contractedPlaces: 3 }, windows).placesNeeded,
    ).toBe(4);
  });

  it("leaves out care types with neither demand nor places, in the platform's order", () => {
    const all = projectAllPlaces(
      [
        { careType: "crisisplek", demandDays: 365, previousDemandDays: 365, contractedPlaces: 1 },
        { careType: "behandelgroep", demandDays: 0, previousDemandDays: 0, contractedPlaces: 0 },
        { careType: "jeugdzorgplus", demandDays: 0, previousDemandDays: 0, contractedPlaces: 2 },
      ],
      windows,
    );
    expect(all.map((p) => p.careType)).toEqual(["jeugdzorgplus", "crisisplek"]);
    expect(all[0]).toMatchObject({ placesNeeded: 0, gap: -2 });
  });
});
