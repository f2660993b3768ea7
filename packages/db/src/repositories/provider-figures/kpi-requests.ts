import { sql } from "kysely";
import type { FigureMonths, KpiKey, RequestedKpiValue } from "@jeugdregie/domain";
import { keysetPage, pageWindow, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";

/** The KPIs the region asks of one contract's provider (the fixed KPI list bounds it), or null when the contract is not the region's. */
export async function contractKpiRequests(
  tx: Tx,
  regionId: string,
  contractId: string,
): Promise<{ providerId: string; kpis: string[] } | null> {
  const rows = await tx
    .selectFrom("contracts as c")
    .leftJoin("contract_kpi_requests as q", (j) => j.onRef("q.region_id", "=", "c.region_id").onRef("q.contract_id", "=", "c.id"))
    .select(["c.provider_id", "q.kpi"])
    .where("c.region_id", "=", regionId)
    .where("c.id", "=", contractId)
    .execute();
  if (rows.length === 0) return null;
  return { providerId: rows[0]!.provider_id, kpis: rows.flatMap((r) => (r.kpi ? [r.kpi] : [])) };
}

/** Replaces the KPIs asked of a contract's provider with these: what was asked before and not now is no longer asked. */
export async function replaceContractKpiRequests(
  tx: Tx,
  contract: { regionId: string; contractId: string; providerId: string },
  kpis: readonly KpiKey[],
  requestedBy: string,
): Promise<void> {
  await tx
    .deleteFrom("contract_kpi_requests")
    .where("region_id", "=", contract.regionId)
    .where("contract_id", "=", contract.contractId)
    .where("kpi", "not in", kpis.length > 0 ? [...kpis] : [""])
    .execute();
  if (kpis.length === 0) return;
  await tx
    .insertInto("contract_kpi_requests")
    .values(
      kpis.map((kpi) => ({
        region_id: contract.regionId,
        contract_id: contract.contractId,
        provider_id: contract.providerId,
        kpi,
        requested_by: requestedBy,
      })),
    )
    .onConflict((oc) => oc.columns(["region_id", "contract_id", "kpi"]).doNothing())
    .execute();
}

export interface ProviderKpiRequest {
  regionId: string;
  regionName: string;
  contractId: string;
  kpi: string;
  requestedAt: Date;
}

/** What regions ask of the caller's provider (its policy shows it only its own requests), by region and KPI. */
export async function providerKpiRequests(tx: Tx, providerId: string, page: PageRequest): Promise<Page<ProviderKpiRequest>> {
  const query = tx
    .selectFrom("contract_kpi_requests as q")
    .innerJoin("regions as rg", "rg.id", "q.region_id")
    .select(["q.region_id", "rg.name", "q.contract_id", "q.kpi", "q.requested_at", "q.id"])
    .where("q.provider_id", "=", providerId);
  const { items, nextCursor } = await keysetPage(
    query,
    [
      { expr: sql`rg.name`, type: "text" },
      { expr: sql`q.kpi`, type: "text" },
      { expr: sql`q.id`, type: "uuid" },
    ],
    "asc",
    page,
  );
  return {
    items: items.map((r) => ({
      regionId: r.region_id,
      regionName: r.name,
      contractId: r.contract_id,
      kpi: r.kpi,
      requestedAt: r.requested_at,
    })),
    nextCursor,
  };
}

export interface ProviderKpiValue extends RequestedKpiValue {
  regionId: string;
  locationId: string | null;
}

/** A page of the caller's own values of the KPIs regions asked of it, by region, KPI and month (app.provider_kpi_values). */
export async function providerKpiValues(tx: Tx, months: FigureMonths, page: PageRequest): Promise<Page<ProviderKpiValue>> {
  const { after, fetch } = pageWindow(page, 4);
  const query = tx
    .selectFrom(
      sql<Record<string, unknown>>`app.provider_kpi_values(cast(${months.firstDay} as date), cast(${`${months.to}-01`} as date),
        cast(${after?.[0] ?? null} as text), cast(${after?.[1] ?? null} as text), cast(${after?.[2] ?? null} as date),
        cast(${after?.[3] ?? null} as uuid), cast(${fetch} as int))`.as("f"),
    )
    .selectAll();
  const { items, nextCursor } = await keysetPage(
    query,
    [
      { expr: sql`f.region_name`, type: "text" },
      { expr: sql`f.kpi`, type: "text" },
      { expr: sql`f.month`, type: "date" },
      { expr: sql`f.snapshot_id`, type: "uuid" },
    ],
    "asc",
    page,
  );
  return {
    items: (items as Record<string, unknown>[]).map((r) => ({
      regionId: r.region_id as string,
      regionName: r.region_name as string,
      kpi: r.kpi as string,
      month: String(r.month).slice(0, 7),
      locationId: r.location_id as string | null,
      locationName: r.location_name as string | null,
      value: Number(r.value),
      numerator: r.numerator === null ? null : Number(r.numerator),
      denominator: r.denominator === null ? null : Number(r.denominator),
    })),
    nextCursor,
  };
}
