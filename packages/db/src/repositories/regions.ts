import { sql } from "kysely";
import type { TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../tenant.ts";

export interface RegionSummary {
  id: string;
  code: string;
  name: string;
  municipalityCount: number;
  /** The region's municipalities by name (through the database's check of who may see the region). */
  municipalities: string[];
}

/** Regions the scope may see. The WHERE mirrors the RLS policy: the application is the first lock. */
function visibleRegions(tx: Tx, scope: TenantScope) {
  const query = tx.selectFrom("regions as r").select(["r.id", "r.code", "r.name"]).orderBy("r.name");

  switch (scope.role) {
    case "platform_admin":
    case "ministry_analyst":
      return query;
    case "provider_user":
    case "provider_admin":
      // A provider serves the regions whose contract it confirmed; a mere proposal links it to nothing.
      if (!scope.providerId) return null;
      return query.where("r.id", "in", (eb) =>
        eb.selectFrom("contracts").select("region_id").where("provider_id", "=", scope.providerId!).where("status", "=", "confirmed"),
      );
    case "supra_coordinator":
      if (!scope.supraRegionId) return null;
      return query.where("r.id", "in", (eb) =>
        eb.selectFrom("supra_region_members").select("region_id").where("supra_region_id", "=", scope.supraRegionId!),
      );
    default:
      return scope.regionId ? query.where("r.id", "=", scope.regionId) : null;
  }
}

export async function listVisibleRegions(tx: Tx, scope: TenantScope): Promise<RegionSummary[]> {
  const rows = (await visibleRegions(tx, scope)?.execute()) ?? [];
  if (rows.length === 0) return [];
  // Municipalities are the region's rows: a provider or supra coordinator reads them through app.region_municipality_names.
  const { rows: names } = await sql<{ region_id: string; name: string }>`
    select r.id as region_id, m.name from unnest(${rows.map((r) => r.id)}::uuid[]) as r(id)
    cross join lateral app.region_municipality_names(r.id) m`.execute(tx);
  return rows.map((r) => {
    const municipalities = names.filter((n) => n.region_id === r.id).map((n) => n.name);
    return { id: r.id, code: r.code, name: r.name, municipalityCount: municipalities.length, municipalities };
  });
}

/** Whether the scope may look at this region at all (a filter on another region is refused, not answered empty). */
export async function isVisibleRegion(tx: Tx, scope: TenantScope, regionId: string): Promise<boolean> {
  const row = await visibleRegions(tx, scope)?.where("r.id", "=", regionId).executeTakeFirst();
  return Boolean(row);
}
