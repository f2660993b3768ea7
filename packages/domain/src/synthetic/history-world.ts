import type { Candidate } from "../placement/matching.ts";
import type { SyntheticCountry, SyntheticLocation } from "./country.ts";

export interface LocationState {
  location: SyntheticLocation;
  candidate: Candidate;
  confirmed: boolean;
  /** Regions whose coordinators see this location: its own, and pool partners for pooled care. */
  visibleTo: string[];
}

/**
 * The places as the simulation tracks them: one mutable candidate per location (its occupancy
 * changes as history runs), indexed per region and care type over what that region's
 * coordinators see (own locations and pooled ones), and the people who refer and offer.
 */
export function buildWorld(country: SyntheticCountry) {
  const locations = new Map<string, LocationState>();
  const candidatesOf = new Map<string, Map<string, LocationState[]>>();
  const referrers = new Map<string, string[]>();
  const coordinators = new Map<string, string[]>();
  const confirmed = new Set(country.contracts.filter((c) => c.confirmed).map((c) => `${c.regionId}|${c.providerId}`));
  const poolPartners = new Map<string, Map<string, Set<string>>>();
  for (const supra of country.supraRegions)
    for (const member of supra.memberRegionIds)
      for (const careType of supra.pooledCareTypes) {
        const byCare = poolPartners.get(member) ?? new Map<string, Set<string>>();
        const partners = byCare.get(careType) ?? new Set<string>();
        supra.memberRegionIds.forEach((r) => partners.add(r));
        byCare.set(careType, partners);
        poolPartners.set(member, byCare);
      }
  for (const region of country.regions) candidatesOf.set(region.id, new Map());
  for (const location of country.locations) {
    const visible = new Set([location.regionId]);
    for (const careType of location.careTypes)
      poolPartners
        .get(location.regionId)
        ?.get(careType)
        ?.forEach((r) => visible.add(r));
    const state: LocationState = {
      location,
      confirmed: confirmed.has(`${location.regionId}|${location.providerId}`),
      visibleTo: [...visible],
      candidate: {
        locationId: location.id,
        regionId: location.regionId,
        municipalityCode: location.municipalityCode,
        province: location.province,
        careTypes: location.careTypes,
        expertiseTags: location.expertiseTags,
        ageMin: location.ageMin,
        ageMax: location.ageMax,
        intensityBand: location.intensityBand,
        capacity: location.capacity,
        occupied: 0,
        reserved: 0,
        stale: false,
      },
    };
    locations.set(location.id, state);
    for (const regionId of state.visibleTo)
      for (const careType of location.careTypes) {
        const byCare = candidatesOf.get(regionId);
        if (!byCare) continue;
        const list = byCare.get(careType) ?? [];
        list.push(state);
        byCare.set(careType, list);
      }
  }
  for (const user of country.users) {
    if (!user.regionId) continue;
    const target = user.role === "referrer" ? referrers : user.role === "placement_coordinator" ? coordinators : null;
    if (!target) continue;
    target.set(user.regionId, [...(target.get(user.regionId) ?? []), user.id]);
  }
  return { locations, candidatesOf, referrers, coordinators };
}
