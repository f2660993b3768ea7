import { describe, expect, it } from "vitest";
import type { AppError } from "../errors.ts";
import { ageOn, rankCandidates, type Candidate, type Need } from "./matching.ts";
import { crisisDates, isRePlacement, offerDeadline } from "./offers.ts";
import { missingDocuments, transition, type RequestStatus } from "./states.ts";

const errorOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return error as AppError;
  }
};

describe("request state machine", () => {
  it("walks the happy path", () => {
    let s: RequestStatus = "draft";
    s = transition(s, { type: "submit" });
    s = transition(s, { type: "startTriage" });
    s = transition(s, { type: "startMatching", missingDocuments: [] });
    s = transition(s, { type: "sendOffer", openOffers: 0 });
    expect(transition(s, { type: "offerDeclined" })).toBe("matching");
    expect(transition(s, { type: "offerExpired" })).toBe("matching");
    s = transition(s, { type: "offerAccepted" });
    s = transition(s, { type: "place", hasAcceptedOffer: true });
    expect(transition(s, { type: "end" })).toBe("ended");
  });

  it("refuses matching without the required documents, except in a crisis", () => {
    const missing = missingDocuments(["verklarende_analyse", "veiligheidsplan"], ["verklarende_analyse"]);
    expect(missing).toEqual(["veiligheidsplan"]);
    const error = errorOf(() => transition("submitted", { type: "startMatching", missingDocuments: missing }));
    expect(error?.code).toBe("ILLEGAL_TRANSITION");
    expect(error?.message).toMatch(/veiligheidsplan/);
    expect(transition("submitted", { type: "startMatching", missingDocuments: missing }, "crisis")).toBe("matching");
  });

  it("refuses a second open offer, placing without an accepted offer, and illegal jumps", () => {
    expect(errorOf(() => transition("matching", { type: "sendOffer", openOffers: 1 }))?.message).toMatch(/één voorlegging tegelijk/);
    expect(errorOf(() => transition("offered", { type: "sendOffer", openOffers: 0 }))?.message).toMatch(/één voorlegging tegelijk/);
    expect(errorOf(() => transition("matching", { type: "place", hasAcceptedOffer: false }))?.code).toBe("ILLEGAL_TRANSITION");
    expect(errorOf(() => transition("accepted", { type: "place", hasAcceptedOffer: false }))?.message).toMatch(/geaccepteerde voorlegging/);
    expect(errorOf(() => transition("ended", { type: "withdraw" }))?.message).toMatch(/Beëindigd/);
  });

  it("needs the interim help recorded to put a request on waiting", () => {
    expect(errorOf(() => transition("matching", { type: "wait", interimHelp: " " }))?.code).toBe("BAD_INPUT");
    expect(transition("matching", { type: "wait", interimHelp: "Intensief ambulant team thuis" })).toBe("waiting");
    expect(transition("waiting", { type: "resumeMatching" })).toBe("matching");
  });
});

describe("matching", () => {
  const need: Need = {
    careType: "behandelgroep",
    expertiseTags: ["trauma", "lvb"],
    ageYears: 14,
    intensityBand: "R",
    homeRegionId: "A",
    homeMunicipalityCode: "GM0001",
    homeProvince: "Zuid-Holland",
  };
  const base: Candidate = {
    locationId: "x",
    regionId: "A",
    municipalityCode: "GM0002",
    province: "Zuid-Holland",
    careTypes: ["behandelgroep"],
    expertiseTags: ["trauma", "lvb"],
    ageMin: 12,
    ageMax: 18,
    intensityBand: "R",
    capacity: 8,
    occupied: 2,
    reserved: 0,
    stale: false,
  };

  it("ranks fit first, then in-region, then distance, and explains each rank", () => {
    const { matches } = rankCandidates(need, [
      { ...base, locationId: "far-but-fitting", regionId: "B", municipalityCode: "GM0900", province: "Gelderland" },
      { ...base, locationId: "near-partial", expertiseTags: ["trauma"] },
      { ...base, locationId: "near-fitting" },
      { ...base, locationId: "home-fitting", municipalityCode: "GM0001" },
    ]);
    expect(matches.map((m) => m.locationId)).toEqual(["home-fitting", "near-fitting", "far-but-fitting", "near-partial"]);
    expect(matches[0]!.reasons).toEqual(
      expect.arrayContaining(["zorgvorm Behandelgroep past", "in de eigen regio", "in de eigen gemeente", "6 plekken vrij"]),
    );
    expect(matches[2]!.reasons).toContain("buiten de regio (afweging nodig)");
    expect(matches[3]!.reasons).toContain("expertise ontbreekt: lvb");
  });

  it("counts only places free now: occupied and reserved places do not", () => {
    const { matches, excluded } = rankCandidates(need, [
      { ...base, locationId: "full", occupied: 8 },
      { ...base, locationId: "last-reserved", occupied: 7, reserved: 1 },
      { ...base, locationId: "wrong-care", careTypes: ["gezinshuis"] },
      { ...base, locationId: "too-young", ageMin: 16 },
      { ...base, locationId: "one-free", occupied: 7 },
      { ...base, locationId: "full-until", occupied: 8, anticipatedFreeOn: "2027-01-15" },
    ]);
    expect(matches.map((m) => m.locationId)).toEqual(["one-free"]);
    expect(Object.fromEntries(excluded.map((e) => [e.locationId, e.reasons.join("; ")]))).toEqual({
      full: "geen vrije plek",
      "last-reserved": "laatste plek is gereserveerd voor een openstaande voorlegging",
      "wrong-care": "biedt geen Behandelgroep",
      "too-young": "leeftijd 14 valt buiten 16–18",
      "full-until": "geen vrije plek (verwacht vrij per 15 januari 2027)",
    });
  });

  it("never proposes a place whose contract the provider has not confirmed, and says so", () => {
    const { matches, excluded } = rankCandidates(need, [
      { ...base, locationId: "proposal-only", contractConfirmed: false },
      { ...base, locationId: "confirmed", contractConfirmed: true },
    ]);
    expect(matches.map((m) => m.locationId)).toEqual(["confirmed"]);
    expect(excluded).toEqual([
      { locationId: "proposal-only", reasons: ["contract nog niet bevestigd door de aanbieder"], blockers: ["contract"] },
    ]);
  });

  it("prefers a closer intensity band and flags stale capacity", () => {
    const { matches } = rankCandidates(need, [
      { ...base, locationId: "band-T", intensityBand: "T" },
      { ...base, locationId: "band-S", intensityBand: "S", stale: true },
    ]);
    expect(matches.map((m) => m.locationId)).toEqual(["band-S", "band-T"]);
    expect(matches[0]!.reasons).toContain("capaciteit niet recent bevestigd");
  });

  it("computes age in whole years without time zones", () => {
    expect(ageOn("2012-11-26", "2026-11-25")).toBe(13);
    expect(ageOn("2012-11-25", "2026-11-25")).toBe(14);
  });
});

describe("offers, crisis and re-placements", () => {
  it("derives deadlines, the crisis warning and what counts as a re-placement", () => {
    expect(offerDeadline(new Date("2026-11-25T10:00:00Z"), 48).toISOString()).toBe("2026-11-27T10:00:00.000Z");
    const { capEndsAt, warnAt } = crisisDates(new Date("2026-11-01T00:00:00Z"), 28);
    expect(capEndsAt.toISOString()).toBe("2026-11-29T00:00:00.000Z");
    expect(warnAt.toISOString()).toBe("2026-11-26T00:00:00.000Z");
    expect(isRePlacement("another_placement")).toBe(true);
    expect(isRePlacement("home")).toBe(false);
  });
});
