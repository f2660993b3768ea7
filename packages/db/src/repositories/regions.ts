import type { TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../tenant.ts";

export interface RegionSummary {
  id: string;
  code: string;
  name: string;
  municipalityCount: number;
}

/** Regions the scope may see. The WHERE mirrors the RLS policy: the application is the first lock. */
export async function listVisibleRegions(tx: Tx, scope: TenantScope): Promise<RegionSummary[]> {
  let query = tx
    .selectFrom("regions as r")
    .select((eb) => [
      "r.id",
      "r.code",
      "r.name",
      eb
        .selectFrom("municipalities as m")
        .whereRef("m.region_id", "=", "r.id")
        .select((e) => e.fn.countAll<string>().as("n"))
        .as("municipality_count"),
    ])
    .orderBy("r.name");

  switch (scope.role) {
    case "platform_admin":
    case "ministry_analyst":
      break;
    case "provider_user":
    case "provider_admin": {
      // A provider serves the regions whose contract it confirmed; a mere proposal links it to nothing.
      const providerId = scope.providerId ?? "00000000-0000-0000-0000-000000000000";
      query = query.where("r.id", "in", (eb) =>
        eb.selectFrom("contracts").select("region_id").where("provider_id", "=", providerId).where("status", "=", "confirmed"),
      );
      break;
    }
    case "supra_coordinator":
      query = query.where("r.id", "in", (eb) =>
        eb
          .selectFrom("supra_region_members")
          .select("region_id")
          .where("supra_region_id", "=", scope.supraRegionId ?? "00000000-0000-0000-0000-000000000000"),
      );
      break;
    default:
      if (scope.regionIds.length === 0) return [];
      query = query.where("r.id", "in", scope.regionIds);
  }
  const rows = await query.execute();
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, municipalityCount: Number(r.municipality_count ?? 0) }));
}
