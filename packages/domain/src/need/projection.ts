import { CARE_TYPES } from "../care-types.ts";

/**
 * The places a region needs next year against what it has contracted (issue 13 part 4), per care
 * type. Deliberately simple, so a region can explain it to its municipalities
 * (docs/need-and-supply.md):
 *
 *   demand      = child-days in the last 12 months that a child of the region needed a place of
 *                 the care type: days placed (also out of the region) plus days waiting for a place
 *                 (from the request's submission until placement or withdrawal);
 *   average     = demand / days in those 12 months (children needing a place on an average day);
 *   growth      = average of the last 12 months / average of the 12 months before, kept between
 *                 GROWTH_MIN and GROWTH_MAX; 1 when the year before has no demand (nothing to compare);
 *   needed      = average x growth, rounded up to whole places;
 *   gap         = needed - contracted places offering the care type (positive: places missing).
 */
export const GROWTH_MIN = 0.5;
export const GROWTH_MAX = 2;

export interface DemandWindow {
  /** [from, to): dates. */
  from: string;
  to: string;
  days: number;
}

export interface ProjectionWindows {
  current: DemandWindow;
  previous: DemandWindow;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

function yearBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
}

/** The two 12-month windows that end at `until` (exclusive): the last year and the year before. */
export function projectionWindows(until: string): ProjectionWindows {
  const from = yearBefore(until);
  const before = yearBefore(from);
  return {
    current: { from, to: until, days: dayNumber(until) - dayNumber(from) },
    previous: { from: before, to: from, days: dayNumber(from) - dayNumber(before) },
  };
}

export interface DemandDays {
  careType: string;
  /** Child-days of demand in the current and the previous window. */
  demandDays: number;
  previousDemandDays: number;
  contractedPlaces: number;
}

export interface PlacesProjection {
  careType: string;
  averageDemand: number;
  previousAverageDemand: number;
  /** Null: no demand the year before, counted as 1 (no growth). */
  observedGrowth: number | null;
  growth: number;
  placesNeeded: number;
  contractedPlaces: number;
  /** Places needed minus contracted: positive is missing, negative is more than needed. */
  gap: number;
}

export function projectPlaces(input: DemandDays, windows: ProjectionWindows): PlacesProjection {
  for (const n of [input.demandDays, input.previousDemandDays, input.contractedPlaces])
    if (!Number.isFinite(n) || n < 0) throw new RangeError("demand and places are not negative");
  if (windows.current.days <= 0 || windows.previous.days <= 0) throw new RangeError("a window has days");
  const averageDemand = input.demandDays / windows.current.days;
  const previousAverageDemand = input.previousDemandDays / windows.previous.days;
  const observedGrowth = previousAverageDemand > 0 ? averageDemand / previousAverageDemand : null;
  const growth = observedGrowth === null ? 1 : Math.min(GROWTH_MAX, Math.max(GROWTH_MIN, observedGrowth));
  // A hair below a whole number is that number (floating point), not one place more.
  const placesNeeded = Math.max(0, Math.ceil(averageDemand * growth - 1e-9));
  return {
    careType: input.careType,
    averageDemand,
    previousAverageDemand,
    observedGrowth,
    growth,
    placesNeeded,
    contractedPlaces: input.contractedPlaces,
    gap: placesNeeded - input.contractedPlaces,
  };
}

/** The projection of every care type with demand or contracted places, in the platform's order of care types. */
export function projectAllPlaces(inputs: readonly DemandDays[], windows: ProjectionWindows): PlacesProjection[] {
  const order = (careType: string) => {
    const i = (CARE_TYPES as readonly string[]).indexOf(careType);
    return i === -1 ? CARE_TYPES.length : i;
  };
  return inputs
    .filter((i) => i.demandDays > 0 || i.previousDemandDays > 0 || i.contractedPlaces > 0)
    .map((i) => projectPlaces(i, windows))
    .sort((a, b) => order(a.careType) - order(b.careType) || a.careType.localeCompare(b.careType));
}
