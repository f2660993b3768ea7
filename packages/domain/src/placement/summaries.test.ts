import { describe, expect, it } from "vitest";
import { inRegionSummary } from "../supra/out-of-region.ts";
import { summariseExclusions } from "./exclusion-summary.ts";
import { initialsOf } from "./initials.ts";
import { rankCandidates, type Candidate, type Exclusion, type Need } from "./matching.ts";

const excluded = (blockers: Exclusion["blockers"], expectedFreeOn?: string | null) => ({ blockers, expectedFreeOn });

describe("why places are not proposed, summarised", () => {
  it("counts each location once under its main reason, in words and with the care type's name", () => {
    const list = [...Array.from({ length: 12 }, () => excluded(["care_type", "full"])), excluded(["full"]), excluded(["full", "contract"])];
    expect(summariseExclusions(list, "jeugdzorgplus")).toBe("12 locaties bieden geen JeugdzorgPlus (gesloten); 2 zijn vol");
  });

  it("says singulars as singulars and names the first expected vacancy", () => {
    expect(
      summariseExclusions(
        [
          excluded(["full"], "2027-03-01"),
          excluded(["full"], "2027-01-15"),
          excluded(["age"]),
          excluded(["reserved"]),
          excluded(["contract"]),
        ],
        "behandelgroep",
      ),
    ).toBe(
      "1 locatie neemt deze leeftijd niet op; 2 zijn vol (eerste plek verwacht vrij per 15 januari 2027); bij 1 is de laatste plek gereserveerd voor een openstaande voorlegging; 1 heeft nog geen door de aanbieder bevestigd contract",
    );
    expect(summariseExclusions([excluded(["reserved"]), excluded(["reserved"])], "gezinshuis")).toBe(
      "bij 2 locaties is de laatste plek gereserveerd voor een openstaande voorlegging",
    );
  });

  it("summarises the in-region side of an out-of-region justification instead of listing every location", () => {
    const text = inRegionSummary(
      [...Array.from({ length: 5 }, () => excluded(["care_type"])), excluded(["full"])],
      0,
      "kleinschalige_woonvoorziening",
    );
    expect(text).toBe("In de eigen regio: 5 locaties bieden geen Kleinschalige woonvoorziening; 1 is vol.");
    expect(text).not.toMatch(/_/);
    expect(inRegionSummary([], 2, "jeugdzorgplus")).toBe("2 passende plekken in de eigen regio beschikbaar.");
  });
});

describe("match reasons", () => {
  const need: Need = {
    careType: "kleinschalige_woonvoorziening",
    expertiseTags: [],
    ageYears: 14,
    intensityBand: null,
    homeRegionId: "A",
    homeMunicipalityCode: "GM0001",
    homeProvince: "Zuid-Holland",
  };
  const base: Candidate = {
    locationId: "x",
    regionId: "A",
    municipalityCode: "GM0002",
    province: "Zuid-Holland",
    careTypes: ["kleinschalige_woonvoorziening"],
    expertiseTags: [],
    ageMin: 12,
    ageMax: 18,
    intensityBand: null,
    capacity: 4,
    occupied: 0,
    reserved: 0,
    stale: false,
  };

  it("says each reason once and names care types, never their codes", () => {
    const { matches, excluded: out } = rankCandidates(need, [base, { ...base, locationId: "y", careTypes: ["gezinshuis"] }]);
    const reasons = matches[0]!.reasons;
    expect(reasons.filter((r) => r === "in de eigen regio")).toHaveLength(1);
    expect(reasons).toContain("zorgvorm Kleinschalige woonvoorziening past");
    expect(out[0]).toMatchObject({ reasons: ["biedt geen Kleinschalige woonvoorziening"], blockers: ["care_type"] });
    expect([...reasons, ...out[0]!.reasons].join(" ")).not.toMatch(/_/);
  });
});

describe("initials", () => {
  it("takes the first letter of every part, particles in small letters", () => {
    expect(initialsOf("Sem de Vries")).toBe("S.d.V.");
    expect(initialsOf("  anna-lotte van den Berg ")).toBe("A.L.v.d.B.");
    expect(initialsOf("Özlem Yılmaz")).toBe("Ö.Y.");
    expect(initialsOf("'t Hart")).toBe("t.H.");
    expect(initialsOf("")).toBeNull();
    expect(initialsOf(null)).toBeNull();
  });
});
