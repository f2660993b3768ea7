import type { Database } from "@jeugdregie/db";

/** A computed guarantee settlement of the tenant's contract for this year, requested by its region admin. */
export async function arrangeSettlement(
  owner: Database,
  world: { regionId: string; contractId: string; providerId: string; users: Record<string, { id: string }>; marker: string },
): Promise<string> {
  const year = new Date().getFullYear();
  const row = await owner
    .insertInto("settlements")
    .values({
      region_id: world.regionId,
      contract_id: world.contractId,
      provider_id: world.providerId,
      period_year: year,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
      guarantee_cents: 10_000_000,
      placement_days: 3,
      unpriced_days: 0,
      pxq_cents: 261_717,
      vacancy_percent: 10,
      vacancy_cents: 1_000_000,
      counted_cents: 1_261_717,
      settlement_cents: 8_738_283,
      requested_by: world.users.region_admin!.id,
      computed_by_job: `${world.marker} berekening`,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
