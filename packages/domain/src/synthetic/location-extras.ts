import { PHASE_OUT_TARGET_YEAR } from "../supra/phase-out.ts";
import type { SyntheticCountry, SyntheticLocation } from "./country.ts";
import { seededRandom } from "./random.ts";

/**
 * What only some regions record about their locations (hybrid places, support day and night) and
 * the landsdelen's phase-out plans for closed care, drawn from their own random stream so that the
 * rest of the country stays exactly as the seed made it. Regions that do not record a figure keep
 * null on every location: the release shows "niet geregistreerd" there.
 */
export const LOCATION_EXTRAS = {
  /** Share of regions whose locations record hybrid places, and of those whose locations record 24-hour support. */
  hybridRecordingRegions: 0.6,
  roundTheClockRecordingRegions: 0.7,
  /** Share of locations in a recording region with some hybrid places. */
  hybridLocations: 0.3,
  /** Share of landsdelen with a phase-out plan; a plan's first year may lag the capacity by up to this share. */
  planningSupraRegions: 0.8,
  planLag: 0.25,
} as const;

export interface LocationExtras {
  hybridPlaces: number | null;
  roundTheClockSupport: boolean | null;
}

export interface SyntheticPhaseOutPlan {
  supraRegionId: string;
  providerId: string;
  year: number;
  places: number;
}

export function locationExtras(country: Pick<SyntheticCountry, "regions" | "locations">, seed: number): Map<string, LocationExtras> {
  const random = seededRandom(seed ^ 0x24_48);
  const hybrid = new Set(country.regions.filter(() => random.chance(LOCATION_EXTRAS.hybridRecordingRegions)).map((r) => r.id));
  const roundTheClock = new Set(
    country.regions.filter(() => random.chance(LOCATION_EXTRAS.roundTheClockRecordingRegions)).map((r) => r.id),
  );
  return new Map(
    country.locations.map((l): [string, LocationExtras] => [
      l.id,
      {
        hybridPlaces: hybrid.has(l.regionId)
          ? random.chance(LOCATION_EXTRAS.hybridLocations)
            ? random.int(1, Math.min(l.capacity, 4))
            : 0
          : null,
        // part-time stay is by day; every other place is a place to live, staffed day and night
        roundTheClockSupport: roundTheClock.has(l.regionId) ? !l.careTypes.includes("deeltijdverblijf") : null,
      },
    ]),
  );
}

/**
 * Plans per provider with closed care in a landsdeel, from `fromYear` to zero in 2030: a straight
 * path down from today's places, started a little under them in some landsdelen (running behind).
 */
export function phaseOutPlans(
  country: Pick<SyntheticCountry, "supraRegions" | "locations">,
  seed: number,
  fromYear: number,
): SyntheticPhaseOutPlan[] {
  const random = seededRandom(seed ^ 0x20_30);
  const plans: SyntheticPhaseOutPlan[] = [];
  for (const supra of country.supraRegions) {
    if (!supra.pooledCareTypes.includes("jeugdzorgplus") || !random.chance(LOCATION_EXTRAS.planningSupraRegions)) continue;
    const closed = new Map<string, number>();
    for (const l of country.locations as SyntheticLocation[])
      if (l.careTypes.includes("jeugdzorgplus") && supra.memberRegionIds.includes(l.regionId))
        closed.set(l.providerId, (closed.get(l.providerId) ?? 0) + l.capacity);
    const lag = 1 - random.next() * LOCATION_EXTRAS.planLag;
    for (const [providerId, places] of [...closed].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const start = Math.floor(places * lag);
      const years = PHASE_OUT_TARGET_YEAR - fromYear;
      for (let year = fromYear; year <= PHASE_OUT_TARGET_YEAR; year++)
        plans.push({
          supraRegionId: supra.id,
          providerId,
          year,
          places: years <= 0 ? 0 : Math.round((start * (PHASE_OUT_TARGET_YEAR - year)) / years),
        });
    }
  }
  return plans;
}
