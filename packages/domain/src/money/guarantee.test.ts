import { describe, expect, it } from "vitest";
import { capacityBudget } from "./capacity.ts";
import { mulDivRound } from "./cents.ts";
import { stayDaysInPeriod, yearPeriod } from "./days.ts";
import { guaranteeForYear, guaranteeSettlement } from "./guarantee.ts";
import { pxqCost } from "./pxq.ts";

/*
 * A worked example in the G7 model (seeds/001 §4.3.2): a jeugdzorgplus provider with 6 guaranteed
 * places at intensity R (8,0 tot 8,5 uur, EUR 872.39 per etmaal) for 2025 (365 days).
 *
 *   guarantee = 6 places x 365 days x 87,239 cents = 2,190 x 87,239       = 191,053,410 cents (EUR 1,910,534.10)
 *
 * Placements in 2025, all at band R:
 *   4 children the whole year (still there on 31 December):   4 x 365   = 1,460 etmalen
 *   1 child from 1 March, left on 1 September:  31+30+31+30+31+31       =   184 etmalen
 *   1 child since 15 November 2024, left on 31 January 2025: 1..30 Jan  =    30 etmalen
 *                                                                total   = 1,674 etmalen (76.4% of 2,190)
 *   P x Q     = 1,674 x 87,239 = 139,582,400 + 6,455,686                 = 146,038,086 cents (EUR 1,460,380.86)
 *   vacancy   = 10% of the guarantee = 191,053,410 / 10                  =  19,105,341 cents
 *   counted   = 146,038,086 + 19,105,341                                 = 165,143,427 cents
 *   settled   = 191,053,410 - 165,143,427                                =  25,909,983 cents (EUR 259,099.83)
 *   check: 90% of the guarantee 171,948,069 - P x Q 146,038,086           =  25,909,983
 */
const R = "R";
const YEAR_2025 = yearPeriod(2025);
const stays2025 = [
  ...Array.from({ length: 4 }, () => ({ startsOn: "2024-06-01", endedOn: null, band: R })),
  { startsOn: "2025-03-01", endedOn: "2025-09-01", band: R },
  { startsOn: "2024-11-15", endedOn: "2025-01-31", band: R },
];

describe("P x Q from placement days", () => {
  it("counts etmalen from the first day up to the leaving day, clipped to the period and to today", () => {
    expect(stayDaysInPeriod({ startsOn: "2025-03-01", endedOn: "2025-03-03" }, YEAR_2025)).toBe(2);
    expect(stayDaysInPeriod({ startsOn: "2025-03-01", endedOn: "2025-03-01" }, YEAR_2025)).toBe(0);
    expect(stayDaysInPeriod({ startsOn: "2024-12-30", endedOn: "2025-01-02" }, YEAR_2025)).toBe(1);
    expect(stayDaysInPeriod({ startsOn: "2025-12-01", endedOn: null }, YEAR_2025)).toBe(31);
    expect(stayDaysInPeriod({ startsOn: "2025-12-01", endedOn: null }, YEAR_2025, "2025-12-10")).toBe(10);
    expect(stayDaysInPeriod({ startsOn: "2026-01-01", endedOn: null }, YEAR_2025)).toBe(0);
    expect(stayDaysInPeriod({ startsOn: "2024-01-01", endedOn: "2024-12-31" }, YEAR_2025)).toBe(0);
  });

  it("prices each band at its own tariff and keeps days without a band apart", () => {
    const cost = pxqCost(
      [
        { startsOn: "2025-02-01", endedOn: "2025-02-11", band: "K" }, // 10 x 58,227 = 582,270
        { startsOn: "2025-02-01", endedOn: "2025-02-04", band: "Z" }, //  3 x 120,395 = 361,185
        { startsOn: "2025-02-01", endedOn: "2025-02-08", band: null }, // 7 days, unpriced
      ],
      YEAR_2025,
    );
    expect(cost).toEqual({
      days: 13,
      cents: 943_455,
      unpricedDays: 7,
      byBand: { K: { days: 10, cents: 582_270 }, Z: { days: 3, cents: 361_185 } },
    });
    expect(() => pxqCost([{ startsOn: "2025-02-01", endedOn: null, band: "A" }], YEAR_2025)).toThrow(/K tot en met Z/);
  });

  it("reproduces the worked example's 1,674 etmalen and EUR 1,460,380.86", () => {
    expect(pxqCost(stays2025, YEAR_2025)).toMatchObject({ days: 1_674, cents: 146_038_086, unpricedDays: 0 });
  });
});

describe("capacity-financed budget", () => {
  it("pays the contracted places every day of the period at their band's tariff", () => {
    // 6 x 365 x 87,239 = 191,053,410; plus 2 places at K: 2 x 365 x 58,227 = 42,505,710
    expect(capacityBudget([{ places: 6, band: R }], YEAR_2025)).toEqual({ places: 6, days: 365, cents: 191_053_410 });
    expect(
      capacityBudget(
        [
          { places: 6, band: R },
          { places: 2, band: "K" },
        ],
        YEAR_2025,
      ).cents,
    ).toBe(233_559_120);
    expect(() => capacityBudget([{ places: 1, band: "Q9" }], YEAR_2025)).toThrow(/K tot en met Z/);
  });
});

describe("the yearly guarantee settlement with 10% vacancy", () => {
  const guaranteeCents = capacityBudget([{ places: 6, band: R }], YEAR_2025).cents;

  it("pays the difference when P x Q plus 10% vacancy stays below the guarantee (the worked example)", () => {
    const pxq = pxqCost(stays2025, YEAR_2025).cents;
    expect(guaranteeSettlement({ guaranteeCents, pxqCents: pxq })).toEqual({
      guaranteeCents: 191_053_410,
      pxqCents: 146_038_086,
      vacancyPercent: 10,
      vacancyCents: 19_105_341,
      countedCents: 165_143_427,
      settlementCents: 25_909_983,
    });
  });

  it("settles nothing once the beds were 90% occupied or more", () => {
    // 1,971 etmalen = 90% of 2,190: 1,971 x 87,239 = 171,948,069 = exactly 90% of the guarantee
    expect(guaranteeSettlement({ guaranteeCents, pxqCents: 1_971 * 87_239 }).settlementCents).toBe(0);
    // one etmaal fewer: the region pays that etmaal
    expect(guaranteeSettlement({ guaranteeCents, pxqCents: 1_970 * 87_239 }).settlementCents).toBe(87_239);
    expect(guaranteeSettlement({ guaranteeCents, pxqCents: 2_190 * 87_239 }).settlementCents).toBe(0);
  });

  it("never lowers a provider's total income when a bed is filled", () => {
    let previous = -1;
    for (let days = 0; days <= 2_190; days += 73) {
      const pxqCents = days * 87_239;
      const total = pxqCents + guaranteeSettlement({ guaranteeCents, pxqCents }).settlementCents;
      expect(total).toBeGreaterThanOrEqual(previous);
      previous = total;
    }
  });

  it("guarantees part of a year pro rata by days, rounded half up to the cent", () => {
    // Contract from 1 July 2024 (a leap year): 184 of 366 days. 100,000,000 x 184 / 366 = 50,273,224.04
    expect(guaranteeForYear(100_000_000, { startsOn: "2024-07-01", endsOn: "2026-06-30" }, 2024)).toEqual({
      cents: 50_273_224,
      period: { startsOn: "2024-07-01", endsOn: "2024-12-31" },
    });
    expect(guaranteeForYear(100_000_000, { startsOn: "2024-07-01", endsOn: "2026-06-30" }, 2025)?.cents).toBe(100_000_000);
    expect(guaranteeForYear(100_000_000, { startsOn: "2024-07-01", endsOn: "2026-06-30" }, 2027)).toBeNull();
    expect(mulDivRound(5, 1, 2)).toBe(3);
    expect(mulDivRound(15, 10, 100)).toBe(2);
    expect(mulDivRound(14, 10, 100)).toBe(1);
  });
});
