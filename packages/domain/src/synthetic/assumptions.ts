import type { CareType } from "../care-types.ts";
import type { DeclineReason } from "../placement/offers.ts";

/**
 * The synthetic country's assumptions in one place. Every number is either taken from the source
 * documents (named in docs/synthetic-country.md) or marked as our own estimate there.
 */

export type LocationProfile = "behandelgroep" | "woonvoorziening" | "gezinshuis" | "driemilieus" | "jeugdzorgplus" | "crisis" | "deeltijd";

export interface ProfileSpec {
  careTypes: CareType[];
  /** Share of all locations. */
  share: number;
  capacity: readonly [number, number];
  ageMin: readonly [number, number];
  ageMax: readonly [number, number];
  bands: readonly string[];
  expertise: readonly string[];
  expertiseCount: readonly [number, number];
  label: string;
}

export const EXPERTISE_TAGS = [
  "trauma",
  "lvb",
  "autisme",
  "verslaving",
  "eetstoornis",
  "hechting",
  "jonge_kinderen",
  "ggz",
  "seksueel_grensoverschrijdend",
] as const;

/** Kinds of locations with their share of all locations: ~6.5 places per location on average. */
export const PROFILES: Record<LocationProfile, ProfileSpec> = {
  gezinshuis: {
    careTypes: ["gezinshuis"],
    share: 0.36,
    capacity: [2, 4],
    ageMin: [0, 4],
    ageMax: [12, 18],
    bands: ["L", "M", "N"],
    expertise: ["hechting", "jonge_kinderen", "trauma"],
    expertiseCount: [1, 2],
    label: "Gezinshuis",
  },
  woonvoorziening: {
    careTypes: ["kleinschalige_woonvoorziening"],
    share: 0.22,
    capacity: [4, 8],
    ageMin: [12, 16],
    ageMax: [18, 23],
    bands: ["N", "O", "P"],
    expertise: EXPERTISE_TAGS,
    expertiseCount: [1, 2],
    label: "Woonvoorziening",
  },
  behandelgroep: {
    careTypes: ["behandelgroep"],
    share: 0.2,
    capacity: [8, 14],
    ageMin: [4, 12],
    ageMax: [14, 18],
    bands: ["R", "S", "T"],
    expertise: EXPERTISE_TAGS,
    expertiseCount: [1, 3],
    label: "Behandelgroep",
  },
  driemilieus: {
    careTypes: ["driemilieus", "behandelgroep"],
    share: 0.08,
    capacity: [10, 14],
    ageMin: [8, 12],
    ageMax: [18, 23],
    bands: ["V", "W", "X"],
    expertise: ["lvb", "trauma", "autisme", "hechting"],
    expertiseCount: [1, 2],
    label: "Driemilieus",
  },
  jeugdzorgplus: {
    careTypes: ["jeugdzorgplus"],
    share: 0.03,
    capacity: [10, 16],
    ageMin: [12, 12],
    ageMax: [18, 18],
    bands: ["X", "Y", "Z"],
    expertise: ["trauma", "verslaving", "seksueel_grensoverschrijdend", "lvb"],
    expertiseCount: [1, 2],
    label: "JeugdzorgPlus",
  },
  crisis: {
    careTypes: ["crisisplek"],
    share: 0.04,
    capacity: [2, 3],
    ageMin: [0, 0],
    ageMax: [18, 18],
    bands: ["U", "V"],
    expertise: ["trauma", "ggz"],
    expertiseCount: [1, 1],
    label: "Crisisopvang",
  },
  deeltijd: {
    careTypes: ["deeltijdverblijf", "behandelgroep"],
    share: 0.07,
    capacity: [4, 8],
    ageMin: [4, 8],
    ageMax: [14, 18],
    bands: ["P", "Q", "R"],
    expertise: EXPERTISE_TAGS,
    expertiseCount: [1, 2],
    label: "Deeltijdverblijf",
  },
};

/** How long a placement lasts, in days (uniform in the range). Crisis: the four-week cap. */
export const STAY_DAYS: Record<CareType, readonly [number, number]> = {
  jeugdzorgplus: [90, 270],
  driemilieus: [180, 540],
  behandelgroep: [120, 450],
  gezinshuis: [365, 1460],
  kleinschalige_woonvoorziening: [180, 730],
  crisisplek: [7, 28],
  deeltijdverblijf: [90, 365],
  intensief_ambulant: [60, 180],
};

/** Ages of the children asking for a care type (years, inclusive). */
export const CHILD_AGES: Record<CareType, readonly [number, number]> = {
  jeugdzorgplus: [12, 17],
  driemilieus: [9, 17],
  behandelgroep: [6, 17],
  gezinshuis: [0, 15],
  kleinschalige_woonvoorziening: [14, 19],
  crisisplek: [4, 17],
  deeltijdverblijf: [6, 15],
  intensief_ambulant: [6, 17],
};

export const ASSUMPTIONS = {
  /** Requests arrive so that places would be this full on average (JeugdzorgPlus monitor: 78-85%). */
  occupancyTarget: 0.85,
  /** Care types pooled by each supra region (national working group: supra-regional functions). */
  pooledCareTypes: ["jeugdzorgplus", "driemilieus"] as CareType[],
  /** Hours a provider has to answer an offer (the region default). */
  offerResponseHours: 72,
  crisisCapDays: 28,
  /** Provider accepts an offer: base plus a share of how well it fits (fit 100..200). */
  acceptBase: 0.45,
  acceptPerFit: 0.25,
  /** Share of offers nobody answers before the deadline. */
  expireRate: 0.04,
  declineReasons: [
    ["no_fit_for_needs", 40],
    ["group_safety_risk", 25],
    ["no_capacity", 20],
    ["age", 5],
    ["other", 10],
  ] as (readonly [DeclineReason, number])[],
  /** A placement breaks down and the child moves on (doorplaatsing): between "nearly none" and "one in three". */
  rePlacementRate: 0.08,
  /** Of crisis placements, the share that continues in another placement after the cap. */
  crisisContinuesRate: 0.25,
  /** Waiting ends with help in the family, no placement (Twente: 10% of delayed placements). */
  waitingResolvedAtHomeRate: 0.1,
  /** A referrer submits a draft within this many hours (documents and analysis first); crisis requests at once. */
  draftHours: 48,
  /** Requests withdrawn during triage (the need turns out to be ambulant). */
  withdrawnInTriageRate: 0.03,
  /** Share of contracts the provider has not confirmed yet (proposals: no offers). */
  unconfirmedContractRate: 0.03,
  /** Share of locations whose capacity was not confirmed within the freshness window. */
  staleCapacityRate: 0.1,
  /** A provider with locations in more than one region: large multi-region organisations. */
  multiRegionProviderRate: 0.12,
} as const;
