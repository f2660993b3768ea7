import { sql } from "kysely";
import { ageOn, isCapacityStale, rankCandidates, type Candidate, type Need } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { getPlacementPointSettings } from "../onboarding/settings.ts";
import { noSuchRequest } from "./requests.ts";

interface CandidateRow {
  id: string;
  region_id: string;
  name: string;
  provider_id: string;
  provider_name: string;
  municipality_code: string;
  municipality_name: string;
  province: string;
  care_types: string[];
  expertise_tags: string[];
  age_min: number;
  age_max: number;
  intensity_band: string | null;
  capacity: number;
  capacity_confirmed_at: Date | null;
  occupied: number;
  reserved: number;
  next_planned_end: string | null;
  contract_confirmed: boolean;
}

/** The statement of loadCandidates, on its own so the bench can EXPLAIN exactly what matching runs. */
export function candidatesQuery(regionId: string, careType: string) {
  // The regions to read: the own region and those it pools anything with. A pooled region's
  // location is a candidate when it shares a pooled care type with the region (as row-level
  // security decides, spelled out so that the owner's path reads the same set).
  // `= any` rather than `@>` on care_types: it is leakproof, so it filters before the policy does.
  return sql<CandidateRow>`
    with candidates as materialized (
      select l.* from locations l
      where l.region_id = any(array_prepend(${regionId}::uuid, (select app.pooled_regions())))
        and ${careType} = any(l.care_types)
        and l.deactivated_at is null
        and (l.region_id = ${regionId} or l.pool_keys && (select app.pooled_keys()))
    )
    select l.id, l.region_id, l.name, l.provider_id, p.name as provider_name, l.municipality_code, g.name as municipality_name, g.province,
      l.care_types, l.expertise_tags, l.age_min, l.age_max, l.intensity_band, l.capacity, l.capacity_confirmed_at,
      l.occupied, l.reserved, l.next_planned_end,
      k.provider_id is not null as contract_confirmed
    from candidates l
    -- offset 0 keeps this a lookup per candidate by primary key: joined, the planner hashes all
    -- 4,000 providers for a few hundred candidates (it cannot estimate the scope's regions).
    join lateral (select name from providers where id = l.provider_id offset 0) p on true
    join reference_municipalities g on g.code = l.municipality_code
    left join app.confirmed_contracts(array(select region_id from candidates), array(select provider_id from candidates)) k
      on k.region_id = l.region_id and k.provider_id = l.provider_id`;
}

/**
 * The locations matching considers for one care type: the region's own and the ones pooled with
 * it, filtered in SQL (only locations offering that care type reach the ranking), with the
 * occupancy counts the database maintains (every region's offers and placements, numbers only),
 * whether capacity was confirmed within the freshness window, and whether the provider confirmed
 * its contract with the location's region (no offers before that). A location the region took out
 * of use is not considered at all. The pooled regions are
 * resolved once per statement, so the region's locations are read by the primary key.
 */
export async function loadCandidates(
  tx: Tx,
  regionId: string,
  freshnessDays: number,
  careType: string,
): Promise<(Candidate & { name: string; providerId: string; providerName: string; municipalityName: string })[]> {
  const rows = await candidatesQuery(regionId, careType).execute(tx);
  return rows.rows.map((r) => ({
    locationId: r.id,
    regionId: r.region_id,
    name: r.name,
    providerId: r.provider_id,
    providerName: r.provider_name,
    municipalityCode: r.municipality_code,
    municipalityName: r.municipality_name,
    province: r.province,
    careTypes: r.care_types,
    expertiseTags: r.expertise_tags,
    ageMin: r.age_min,
    ageMax: r.age_max,
    intensityBand: r.intensity_band,
    capacity: r.capacity,
    occupied: r.occupied,
    reserved: r.reserved,
    stale: isCapacityStale(r.capacity_confirmed_at, freshnessDays),
    anticipatedFreeOn: r.next_planned_end,
    contractConfirmed: r.contract_confirmed,
  }));
}

export async function occupancyOf(tx: Tx, locationId: string): Promise<{ occupied: number; reserved: number }> {
  const { rows } = await sql<{ occupied: number; reserved: number }>`select * from app.location_occupancy(${locationId})`.execute(tx);
  return rows[0] ?? { occupied: 0, reserved: 0 };
}

/** Holds the location's reservation lock until the transaction ends: concurrent offers queue here. */
export async function lockLocation(tx: Tx, locationId: string): Promise<void> {
  await sql`select app.lock_location(${locationId})`.execute(tx);
}

/** What matching needs to know about a request's child and needs, on a given day. */
export async function requestNeed(
  tx: Tx,
  regionId: string,
  requestId: string,
  on: string = new Date().toISOString().slice(0, 10),
): Promise<Need> {
  const r = await needsQuery(tx, regionId).where("r.id", "=", requestId).executeTakeFirst();
  if (!r) throw noSuchRequest();
  return needOf(r, regionId, on);
}

/** Every waiting request of the region with its need, in one statement (re-matching ranks them all). */
export async function waitingRequestNeeds(
  tx: Tx,
  regionId: string,
  on: string = new Date().toISOString().slice(0, 10),
): Promise<{ id: string; pseudonym: string; need: Need }[]> {
  const rows = await needsQuery(tx, regionId).select(["r.id", "c.pseudonym"]).where("r.status", "=", "waiting").execute();
  return rows.map((r) => ({ id: r.id, pseudonym: r.pseudonym, need: needOf(r, regionId, on) }));
}

function needsQuery(tx: Tx, regionId: string) {
  return tx
    .selectFrom("placement_requests as r")
    .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
    .innerJoin("reference_municipalities as m", "m.code", "c.home_municipality_code")
    .select(["r.care_type", "r.expertise_tags", "r.intensity_band", "c.birth_date", "c.home_municipality_code", "m.province"])
    .where("r.region_id", "=", regionId);
}

function needOf(
  r: {
    care_type: Need["careType"];
    expertise_tags: string[];
    intensity_band: string | null;
    birth_date: string;
    home_municipality_code: string;
    province: string;
  },
  regionId: string,
  on: string,
): Need {
  return {
    careType: r.care_type,
    expertiseTags: r.expertise_tags,
    intensityBand: r.intensity_band,
    ageYears: ageOn(r.birth_date, on),
    homeRegionId: regionId,
    homeMunicipalityCode: r.home_municipality_code,
    homeProvince: r.province,
  };
}

/**
 * Matching for one request in its region: the child's need, every location of its care type
 * considered (own region and pooled), and the ranking with reasons. The one entry point for proposals and justifications.
 */
export async function matchRequest(tx: Tx, regionId: string, requestId: string) {
  const freshnessDays = (await getPlacementPointSettings(tx, regionId)).capacityFreshnessDays;
  const need = await requestNeed(tx, regionId, requestId);
  const candidates = await loadCandidates(tx, regionId, freshnessDays, need.careType);
  return { need, candidates, ...rankCandidates(need, candidates) };
}
