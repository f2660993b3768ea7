import { describe, expect, it } from "vitest";
import { contractYearFigures } from "./contract-figures.ts";

describe("a contract's money in a year", () => {
  it("puts P x Q, the capacity budget and the guarantee of the same period side by side", () => {
    // Contract from 1 July 2025: 184 days of 2025.
    const figures = contractYearFigures({
      contract: { startsOn: "2025-07-01", endsOn: "2026-06-30", guaranteeAmountCents: 36_500_000 },
      year: 2025,
      stays: [
        { startsOn: "2025-06-01", endedOn: "2025-07-11", band: "R" }, // 10 etmalen in July x 87,239 = 872,390
        { startsOn: "2025-12-01", endedOn: null, band: null }, // 31 etmalen without a band
      ],
      // 3 places at R: 3 x 184 x 87,239 = 48,155,928; 2 places without a band are not priced
      locations: [
        { places: 3, band: "R" },
        { places: 2, band: null },
      ],
    });
    expect(figures).toEqual({
      period: { startsOn: "2025-07-01", endsOn: "2025-12-31" },
      placementDays: 10,
      unpricedDays: 31,
      pxqCents: 872_390,
      places: 3,
      placesWithoutBand: 2,
      capacityBudgetCents: 48_155_928,
      // 36,500,000 x 184 / 365 = 18,400,000
      guaranteeCents: 18_400_000,
    });
  });

  it("has nothing for a year the contract does not touch, and no guarantee without an amount", () => {
    const contract = { startsOn: "2025-07-01", endsOn: "2026-06-30", guaranteeAmountCents: null };
    expect(contractYearFigures({ contract, year: 2027, stays: [], locations: [] })).toBeNull();
    expect(contractYearFigures({ contract, year: 2026, stays: [], locations: [] })?.guaranteeCents).toBeNull();
  });
});
