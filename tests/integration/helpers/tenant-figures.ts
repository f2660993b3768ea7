import type { Database } from "@jeugdregie/db";
import { previousMonth } from "@jeugdregie/domain";

/**
 * A tenant's figures of last month (KPI snapshots): the region as a whole and one location's
 * occupancy; and the region asking its contract's provider to report occupancy (migration 0034).
 */
export async function arrangeFigures(
  owner: Database,
  ids: { regionId: string; providerId: string; locationId: string; contractId: string; requestedBy: string },
): Promise<void> {
  const { regionId, providerId, locationId } = ids;
  const lastMonth = `${previousMonth(new Date())}-01`;
  await owner
    .insertInto("kpi_snapshots")
    .values([
      { region_id: regionId, month: lastMonth, kpi: "waiting_list", value: 2, numerator: 2, denominator: 3, definitions_version: 1 },
      {
        region_id: regionId,
        month: lastMonth,
        kpi: "occupancy",
        provider_id: providerId,
        location_id: locationId,
        value: 0.5,
        numerator: 14,
        denominator: 28,
        definitions_version: 1,
      },
    ])
    .execute();
  await owner
    .insertInto("contract_kpi_requests")
    .values({ region_id: regionId, contract_id: ids.contractId, provider_id: providerId, kpi: "occupancy", requested_by: ids.requestedBy })
    .execute();
}
