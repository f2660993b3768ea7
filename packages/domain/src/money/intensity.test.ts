import { describe, expect, it } from "vitest";
import { G7_INTENSITY_TARIFFS } from "../onboarding/intensity.ts";
import { bandForStaffingHours, tariffOfBand } from "./intensity.ts";

/*
 * seeds/001 §4.3.2, figure 4 ("voorbeeld intensiteitsbandbreedtes essentiële functies G7"), as the
 * seed prints it: band, tariff per etmaal, hours of staffing per client per etmaal from .. to.
 * (The OCR of the seed reads "45tot 50" for 4,5 tot 5,0, "€ 95528" for € 955,28 and "1,0 tot 11,5"
 * for 11,0 tot 11,5; the steps of the table leave no other reading.)
 */
const SEED_TABLE = `
K € 582,27 4,5 5,0
L € 623,72 5,0 5,5
M € 665,16 5,5 6,0
N € 706,61 6,0 6,5
O € 748,05 6,5 7,0
P € 789,50 7,0 7,5
Q € 830,94 7,5 8,0
R € 872,39 8,0 8,5
S € 913,83 8,5 9,0
T € 955,28 9,0 9,5
U € 996,72 9,5 10,0
V € 1.038,17 10,0 10,5
W € 1.077,31 10,5 11,0
X € 1.121,06 11,0 11,5
Y € 1.162,51 11,5 12,0
Z € 1.203,95 12,0 12,5`;

const seedRows = SEED_TABLE.trim()
  .split("\n")
  .map((line) => {
    const [band, , euro, from, to] = line.split(" ");
    return {
      band: band!,
      tariffCents: Number(euro!.replace(".", "").replace(",", "")),
      minHours: Number(from!.replace(",", ".")),
      maxHours: Number(to!.replace(",", ".")),
    };
  });

describe("the intensity table (seeds/001 §4.3.2)", () => {
  it("holds the seed's sixteen bands K..Z with their hours and tariffs in cents", () => {
    expect(seedRows).toHaveLength(16);
    expect(G7_INTENSITY_TARIFFS).toEqual(seedRows);
    // The two ends the issue quotes: K 4.5 h EUR 582.27 ... Z 12.5 h EUR 1,203.95.
    expect(tariffOfBand("K")).toBe(58_227);
    expect(tariffOfBand("Z")).toBe(120_395);
  });

  it("puts a staffing figure in the band that holds its lower bound", () => {
    expect(bandForStaffingHours(4.5)).toBe("K");
    expect(bandForStaffingHours(4.99)).toBe("K");
    expect(bandForStaffingHours(5)).toBe("L");
    expect(bandForStaffingHours(8.2)).toBe("R");
    expect(bandForStaffingHours(12.49)).toBe("Z");
    expect(tariffOfBand(bandForStaffingHours(10.75))).toBe(107_731);
  });

  it("refuses a staffing figure outside the table instead of rounding it into K or Z", () => {
    for (const hours of [4.49, 12.5, 0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => bandForStaffingHours(hours), String(hours)).toThrow(/valt buiten de tarieftabel \(van 4,5 tot 12,5 uur\)/);
    }
  });

  it("refuses a band outside K..Z, and a band the region's table lacks", () => {
    for (const band of ["A", "J", "k", "KL", ""]) {
      expect(() => tariffOfBand(band), band).toThrow(/kies een letter van K tot en met Z/);
    }
    expect(() => tariffOfBand("M", G7_INTENSITY_TARIFFS.slice(0, 2))).toThrow(/geen tarief voor intensiteit M/);
  });
});
