import { isProviderRole, type TenantScope } from "@jeugdregie/domain";
import { sql, type ExpressionBuilder } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../page.ts";
import type { DB } from "../schema.ts";
import type { Tx } from "../tenant.ts";

export interface LocationRow {
  id: string;
  regionId: string;
  regionName: string;
  providerId: string;
  providerName: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  careTypes: string[];
  expertiseTags: string[];
  ageMin: number;
  ageMax: number;
  intensityBand: string | null;
  capacity: number;
  /** False once the region took the location out of use (no new offers). */
  active: boolean;
}

/** The location's provider confirmed a contract with the location's region. */
const confirmedContractOfLocation = (eb: ExpressionBuilder<DB & { l: DB["locations"] }, "l">) =>
  eb.exists(
    eb
      .selectFrom("contracts as c")
      .select("c.id")
      .whereRef("c.region_id", "=", "l.region_id")
      .whereRef("c.provider_id", "=", "l.provider_id")
      .where("c.status", "=", "confirmed"),
  );

export interface LocationFilter {
  regionId?: string | undefined;
  careType?: string | undefined;
}

/**
 * Locations in the scope's tenant: a region's own locations, or a provider's locations in
 * every region whose contract it confirmed. Other roles see none through this path.
 */
function locationsQuery(tx: Tx, scope: TenantScope, filter: LocationFilter) {
  let query = tx
    .selectFrom("locations as l")
    .innerJoin("providers as p", "p.id", "l.provider_id")
    .innerJoin("regions as r", "r.id", "l.region_id")
    .innerJoin("reference_municipalities as g", "g.code", "l.municipality_code")
    .select([
      "l.id",
      "l.region_id",
      "r.name as region_name",
      "l.provider_id",
      "p.name as provider_name",
      "l.name",
      "l.municipality_code",
      "g.name as municipality_name",
      "l.care_types",
      "l.expertise_tags",
      "l.age_min",
      "l.age_max",
      "l.intensity_band",
      "l.capacity",
      "l.deactivated_at",
    ]);

  if (isProviderRole(scope.role) && scope.providerId) {
    query = query.where("l.provider_id", "=", scope.providerId).where(confirmedContractOfLocation);
  } else if (["region_admin", "placement_coordinator", "crisis_team", "referrer"].includes(scope.role) && scope.regionId) {
    query = query.where("l.region_id", "=", scope.regionId);
  } else {
    return null;
  }
  if (filter.regionId) query = query.where("l.region_id", "=", filter.regionId);
  if (filter.careType) query = query.where((eb) => eb(eb.val(filter.careType!), "=", eb.fn.any("l.care_types")));
  return query;
}

type LocationQueryRow = Awaited<ReturnType<NonNullable<ReturnType<typeof locationsQuery>>["execute"]>>[number];

function toLocationRow(r: LocationQueryRow): LocationRow {
  return {
    id: r.id,
    regionId: r.region_id,
    regionName: r.region_name,
    providerId: r.provider_id,
    providerName: r.provider_name,
    name: r.name,
    municipalityCode: r.municipality_code,
    municipalityName: r.municipality_name,
    careTypes: r.care_types,
    expertiseTags: r.expertise_tags,
    ageMin: r.age_min,
    ageMax: r.age_max,
    intensityBand: r.intensity_band,
    capacity: r.capacity,
    active: r.deactivated_at === null,
  };
}

export async function listLocations(tx: Tx, scope: TenantScope, filter: LocationFilter = {}): Promise<LocationRow[]> {
  const query = locationsQuery(tx, scope, filter);
  return query ? (await query.orderBy("r.name").orderBy("l.name").execute()).map(toLocationRow) : [];
}

/** One page of the locations the scope sees, by region and name. */
export async function listLocationsPage(tx: Tx, scope: TenantScope, filter: LocationFilter, page: PageRequest): Promise<Page<LocationRow>> {
  const query = locationsQuery(tx, scope, filter);
  if (!query) return { items: [], nextCursor: null };
  const keys = [
    { expr: sql`r.name`, type: "text" as const },
    { expr: sql`l.name`, type: "text" as const },
    { expr: sql`l.id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "asc", page);
  return { items: items.map(toLocationRow), nextCursor };
}

/** Counts over every location the scope sees (not one page): how many, their places, and places per care type. */
export async function locationTotals(tx: Tx, scope: TenantScope, filter: LocationFilter) {
  const query = locationsQuery(tx, scope, filter);
  if (!query) return { locations: 0, places: 0, placesByCareType: [] };
  const { rows } = await sql<{ care_type: string | null; locations: number; places: number }>`
    select null as care_type, count(*)::int as locations, coalesce(sum(q.capacity), 0)::int as places from (${query}) q
    union all
    select ct, count(*)::int, sum(q.capacity)::int from (${query}) q cross join unnest(q.care_types) ct group by ct`.execute(tx);
  const all = rows.find((r) => r.care_type === null);
  return {
    locations: all?.locations ?? 0,
    places: all?.places ?? 0,
    placesByCareType: rows.filter((r) => r.care_type !== null).map((r) => ({ careType: r.care_type!, places: r.places })),
  };
}
