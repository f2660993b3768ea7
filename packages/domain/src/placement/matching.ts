import { CARE_TYPE_LABELS, INTENSITY_BANDS, isCareType } from "../care-types.ts";
import { UNCONFIRMED_CONTRACT_REASON } from "../onboarding/contracts.ts";
import { dutchDate } from "../dates.ts";

export { dutchDate };

/** What the child needs, from the verklarende analyse. */
export interface Need {
  careType: string;
  expertiseTags: string[];
  ageYears: number;
  intensityBand: string | null;
  homeRegionId: string;
  homeMunicipalityCode: string;
  homeProvince: string;
}

/** A location as matching sees it: what it offers and how many places are free right now. */
export interface Candidate {
  locationId: string;
  regionId: string;
  municipalityCode: string;
  province: string;
  careTypes: string[];
  expertiseTags: string[];
  ageMin: number;
  ageMax: number;
  intensityBand: string | null;
  capacity: number;
  occupied: number;
  reserved: number;
  /** Capacity not confirmed within the region's freshness window. */
  stale: boolean;
  /** The earliest planned end of a running placement here: an anticipated vacancy. */
  anticipatedFreeOn?: string | null;
  /** False while the provider has not confirmed a contract with the location's region: no offers then. */
  contractConfirmed?: boolean;
}

export type DistanceTier = 0 | 1 | 2 | 3;
export const DISTANCE_LABELS: Record<DistanceTier, string> = {
  0: "in de eigen gemeente",
  1: "in de eigen regio",
  2: "in de eigen provincie",
  3: "verder weg",
};

export interface RankedMatch {
  locationId: string;
  rank: number;
  fit: number;
  inRegion: boolean;
  distanceTier: DistanceTier;
  free: number;
  stale: boolean;
  reasons: string[];
}

/** Why a location is not proposed, as a kind: the summary counts these, the reasons say them in words. */
export const BLOCKERS = ["care_type", "age", "full", "reserved", "contract"] as const;
export type Blocker = (typeof BLOCKERS)[number];

export interface Exclusion {
  locationId: string;
  reasons: string[];
  /** In the order of BLOCKERS; the first is the main reason. */
  blockers: Blocker[];
  /** When the location is full: the earliest planned end of a placement there. */
  expectedFreeOn?: string | null;
}

/** A care type as people read it ("JeugdzorgPlus (gesloten)"), never its stored code. */
export const careTypeName = (code: string) => (isCareType(code) ? CARE_TYPE_LABELS[code].nl : code);

export const freePlaces = (c: Pick<Candidate, "capacity" | "occupied" | "reserved">) => Math.max(0, c.capacity - c.occupied - c.reserved);

function bandDistance(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.abs(INTENSITY_BANDS.indexOf(a as never) - INTENSITY_BANDS.indexOf(b as never));
}

function distanceTier(need: Need, c: Candidate): DistanceTier {
  if (c.municipalityCode === need.homeMunicipalityCode) return 0;
  if (c.regionId === need.homeRegionId) return 1;
  if (c.province === need.homeProvince) return 2;
  return 3;
}

/**
 * Ranks the places a child could go to now: fit first (care type and age must fit; expertise and
 * intensity decide how well), then in-region before out-of-region, then distance from home. Only
 * locations with a free place count; an open offer's place is reserved. Every rank says why, and
 * every excluded location says why not: the list answers "where could this child go".
 */
export function rankCandidates(need: Need, candidates: Candidate[]): { matches: RankedMatch[]; excluded: Exclusion[] } {
  const matches: Omit<RankedMatch, "rank">[] = [];
  const excluded: Exclusion[] = [];
  for (const c of candidates) {
    const reasons: string[] = [];
    const blocked: { kind: Blocker; reason: string }[] = [];
    const careType = careTypeName(need.careType);
    if (c.careTypes.includes(need.careType)) reasons.push(`zorgvorm ${careType} past`);
    else blocked.push({ kind: "care_type", reason: `biedt geen ${careType}` });
    if (need.ageYears >= c.ageMin && need.ageYears <= c.ageMax)
      reasons.push(`leeftijd ${need.ageYears} valt binnen ${c.ageMin}–${c.ageMax}`);
    else blocked.push({ kind: "age", reason: `leeftijd ${need.ageYears} valt buiten ${c.ageMin}–${c.ageMax}` });
    const free = freePlaces(c);
    if (free === 0) {
      const reserved = c.reserved > 0 && c.capacity - c.occupied > 0;
      const why = reserved ? "laatste plek is gereserveerd voor een openstaande voorlegging" : "geen vrije plek";
      blocked.push({
        kind: reserved ? "reserved" : "full",
        reason: c.anticipatedFreeOn ? `${why} (verwacht vrij per ${dutchDate(c.anticipatedFreeOn)})` : why,
      });
    }
    if (c.contractConfirmed === false) blocked.push({ kind: "contract", reason: UNCONFIRMED_CONTRACT_REASON });
    if (blocked.length > 0) {
      excluded.push({
        locationId: c.locationId,
        reasons: blocked.map((b) => b.reason),
        blockers: blocked.map((b) => b.kind),
        ...(free === 0 ? { expectedFreeOn: c.anticipatedFreeOn ?? null } : {}),
      });
      continue;
    }

    // Fit: 100 for care type and age, up to 60 for expertise, up to 40 for intensity.
    let fit = 100;
    if (need.expertiseTags.length > 0) {
      const covered = need.expertiseTags.filter((t) => c.expertiseTags.includes(t));
      const missing = need.expertiseTags.filter((t) => !c.expertiseTags.includes(t));
      fit += Math.round((60 * covered.length) / need.expertiseTags.length);
      if (covered.length) reasons.push(`expertise aanwezig: ${covered.join(", ")}`);
      if (missing.length) reasons.push(`expertise ontbreekt: ${missing.join(", ")}`);
    } else {
      fit += 60;
    }
    const bands = bandDistance(need.intensityBand, c.intensityBand);
    if (bands === null) {
      fit += 20;
      if (need.intensityBand) reasons.push("intensiteit van de locatie onbekend");
    } else {
      fit += Math.max(0, 40 - bands * 15);
      reasons.push(
        bands === 0
          ? `intensiteit ${need.intensityBand} past precies`
          : `intensiteit ${c.intensityBand} in plaats van ${need.intensityBand}`,
      );
    }
    const tier = distanceTier(need, c);
    const inRegion = c.regionId === need.homeRegionId;
    // "in de eigen regio" is both the region and the distance tier 1: said once
    reasons.push(inRegion ? "in de eigen regio" : "buiten de regio (afweging nodig)", DISTANCE_LABELS[tier]);
    reasons.push(`${free} ${free === 1 ? "plek" : "plekken"} vrij`);
    if (c.stale) reasons.push("capaciteit niet recent bevestigd");
    matches.push({ locationId: c.locationId, fit, inRegion, distanceTier: tier, free, stale: c.stale, reasons: [...new Set(reasons)] });
  }
  matches.sort(
    (a, b) =>
      b.fit - a.fit ||
      Number(b.inRegion) - Number(a.inRegion) ||
      a.distanceTier - b.distanceTier ||
      b.free - a.free ||
      // ids compared as bytes, like the database's C collation (localeCompare is slow and locale-bound)
      (a.locationId < b.locationId ? -1 : a.locationId > b.locationId ? 1 : 0),
  );
  return { matches: matches.map((m, i) => ({ ...m, rank: i + 1 })), excluded };
}

/** Whole years on a date; birth dates as ISO strings so no time zone shifts a birthday. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Capacity not confirmed within the freshness window counts as stale (registries rot without this). */
export function isCapacityStale(confirmedAt: Date | string | null, freshnessDays: number, now: Date = new Date()): boolean {
  return !confirmedAt || new Date(confirmedAt).getTime() < now.getTime() - freshnessDays * 86_400_000;
}
