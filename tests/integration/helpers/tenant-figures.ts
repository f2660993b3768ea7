import type { Database } from "@jeugdregie/db";
import { previousMonth } from "@jeugdregie/domain";

/** A tenant's figures of last month (KPI snapshots): the region as a whole and one location's occupancy. */
export async function arrangeFigures(owner: Database, regionId: string, providerId: string, locationId: string): Promise<void> {
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
}
