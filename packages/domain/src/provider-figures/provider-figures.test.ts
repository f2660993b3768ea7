import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { figureMonths, shapeProviderFigures, type RawProviderFigures } from "./figures.ts";
import { providerFiguresCsv, providerFiguresFilename, requestedKpisCsv } from "./csv.ts";
import { PROVIDER_KPI_KEYS, requestedProviderKpis } from "./requested-kpis.ts";

const NOW = new Date("2026-11-26T12:00:00Z");
const raw = (over: Partial<RawProviderFigures> = {}): RawProviderFigures => ({
  regionId: "r",
  regionName: "Haaglanden",
  month: "2026-10",
  offersReceived: 5,
  accepted: 2,
  declined: 3,
  declinesByReason: { no_capacity: 2, age: 1 },
  responseHoursMedian: 5.25,
  placementsStarted: 2,
  placementsEnded: 1,
  occupiedDays: 93,
  capacityDays: 124,
  staysByBand: [],
  ...over,
});

describe("which KPIs a region can ask of a provider", () => {
  it("are exactly the KPIs stored per provider", () => {
    expect(PROVIDER_KPI_KEYS).toEqual(["occupancy", "placed_first_offer", "declines", "replacement_rate", "crisis_over_cap", "long_wait"]);
  });
  it("keeps the definitions' order and drops duplicates", () => {
    expect(requestedProviderKpis(["declines", "occupancy", "declines"])).toEqual(["occupancy", "declines"]);
    expect(requestedProviderKpis([])).toEqual([]);
  });
  it("refuses a KPI without a provider split, and an unknown one", () => {
    expect(() => requestedProviderKpis(["waiting_list"])).toThrow(AppError);
    expect(() => requestedProviderKpis(["occupancy", "nonsense"])).toThrow(/nonsense/);
  });
});

describe("the months of a provider's figures", () => {
  it("gives the half-open range of days", () => {
    expect(figureMonths("2026-01", "2026-11", NOW)).toMatchObject({ firstDay: "2026-01-01", nextFirstDay: "2026-12-01" });
  });
  it("defaults to the year up to this month", () => {
    expect(figureMonths(undefined, undefined, NOW)).toMatchObject({ from: "2025-12", to: "2026-11" });
    expect(figureMonths(undefined, "2026-03", NOW)).toMatchObject({ from: "2025-04", to: "2026-03" });
  });
  it("refuses a future month, a reversed range and more than a year", () => {
    expect(() => figureMonths("2026-10", "2026-12", NOW)).toThrow(/nog niet begonnen/);
    expect(() => figureMonths("2026-10", "2026-09", NOW)).toThrow(/na de laatste/);
    expect(() => figureMonths("2025-10", "2026-10", NOW)).toThrow(/hoogstens 12/);
    expect(() => figureMonths("2026-13", "2026-10", NOW)).toThrow(/geen maand/);
  });
});

describe("shaping a region-month", () => {
  it("lists every decline reason and computes occupancy as a share", () => {
    const f = shapeProviderFigures(raw());
    expect(f.declinesByReason).toEqual({ no_capacity: 2, no_fit_for_needs: 0, group_safety_risk: 0, age: 1, other: 0 });
    expect(f.occupancy).toBeCloseTo(0.75);
    expect(f.responseHoursMedian).toBe(5.3);
  });
  it("leaves occupancy empty, not zero, when nothing was occupied or there were no places", () => {
    expect(shapeProviderFigures(raw({ occupiedDays: 0 })).occupancy).toBeNull();
    expect(shapeProviderFigures(raw({ capacityDays: 0, occupiedDays: 0 })).occupancy).toBeNull();
  });
  it("prices etmalen with the region's tariff, the G7 table where it has none, and counts days without a band apart", () => {
    const f = shapeProviderFigures(
      raw({
        staysByBand: [
          { band: "K", days: 10, tariffCents: 50_000 },
          { band: "Z", days: 2, tariffCents: null },
          { band: null, days: 4, tariffCents: null },
        ],
      }),
    );
    // 10 x EUR 500.00 + 2 x EUR 1,203.95 (seed table, band Z)
    expect(f.pxqCents).toBe(500_000 + 240_790);
    expect(f.pxqDays).toBe(12);
    expect(f.unpricedDays).toBe(4);
  });
  it("refuses a band outside K..Z", () => {
    expect(() => shapeProviderFigures(raw({ staysByBand: [{ band: "A", days: 1, tariffCents: null }] }))).toThrow(AppError);
  });
});

describe("CSV", () => {
  it("writes one line per region-month with euros and percentages in Dutch notation", () => {
    const csv = providerFiguresCsv([shapeProviderFigures(raw({ staysByBand: [{ band: "K", days: 3, tariffCents: 58_227 }] }))]);
    const [header, line] = csv.trim().split("\n");
    expect(header).toContain("bezettingsgraad_procent;");
    expect(line).toBe("Haaglanden;2026-10;75,0;93;124;5;2;3;2;0;0;1;0;5,3;2;1;3;1746,81;0");
  });
  it("names the file after what it holds and its months", () => {
    expect(providerFiguresFilename("kengetallen", "2025-12", "2026-11")).toBe("kengetallen-2025-12-tot-en-met-2026-11.csv");
  });
  it("writes requested KPI values with their label and unit", () => {
    const csv = requestedKpisCsv([
      { regionName: "Twente", kpi: "occupancy", month: "2026-10", locationName: null, value: 0.8125, numerator: 13, denominator: 16 },
    ]);
    expect(csv.trim().split("\n")[1]).toBe("Twente;occupancy;Bezettingsgraad;2026-10;;81,3;procent;13;16");
  });
});
