import { sql } from "kysely";
import type { SeriesPoint } from "@jeugdregie/domain";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";

/** One stored split of the dashboard (null: all), as `seriesSplit` in the domain chooses it. */
export interface DashboardSplit {
  careType: string | null;
  providerId: string | null;
  municipalityCode: string | null;
}

export interface DashboardValue extends SeriesPoint {
  kpi: string;
  breakdown: string | null;
}

/**
 * Every KPI's stored values of one split over a period, in one indexed read: the region as a
 * whole (no location) or the one care type, provider or municipality asked. Breakdowns only for
 * declines (five coded reasons); the open-ended expertise breakdown stays in the snapshots list.
 * Bounded: at most KPIs x months x (1 + reasons) rows.
 */
export async function kpiDashboardValues(
  tx: Tx,
  regionId: string,
  period: { fromMonth: string; toMonth: string },
  split: DashboardSplit,
): Promise<{ values: DashboardValue[]; computedAt: Date | null }> {
  const rows = await tx
    .selectFrom("kpi_snapshots as s")
    .select([
      "s.kpi",
      sql<string>`to_char(s.month, 'YYYY-MM')`.as("month"),
      "s.breakdown",
      "s.value",
      "s.numerator",
      "s.denominator",
      "s.computed_at",
    ])
    .where("s.region_id", "=", regionId)
    .where("s.month", ">=", `${period.fromMonth}-01`)
    .where("s.month", "<=", `${period.toMonth}-01`)
    .where("s.location_id", "is", null)
    .where(sql<boolean>`s.care_type is not distinct from ${split.careType}::text`)
    .where(sql<boolean>`s.provider_id is not distinct from ${split.providerId}::uuid`)
    .where(sql<boolean>`s.municipality_code is not distinct from ${split.municipalityCode}::text`)
    .where((eb) => eb.or([eb("s.breakdown", "is", null), eb("s.kpi", "=", "declines")]))
    .orderBy("s.kpi")
    .orderBy("s.month")
    .execute();
  const num = (v: string | null) => (v === null ? null : Number(v));
  let computedAt: Date | null = null;
  for (const r of rows) if (!computedAt || r.computed_at > computedAt) computedAt = r.computed_at;
  return {
    computedAt,
    values: rows.map((r) => ({
      kpi: r.kpi,
      month: r.month,
      breakdown: r.breakdown,
      value: Number(r.value),
      numerator: num(r.numerator),
      denominator: num(r.denominator),
    })),
  };
}

/**
 * What the dashboard's filters offer: the region's municipalities (at most the country's 342) and
 * the providers with a contract or a location in the region, by name.
 */
export async function kpiDashboardChoices(tx: Tx, regionId: string) {
  // One after the other: a transaction is one connection.
  const municipalities = await tx
    .selectFrom("municipalities")
    .select(["code", "name"])
    .where("region_id", "=", regionId)
    .orderBy("name")
    .execute();
  const providers = await tx
    .selectFrom("providers as p")
    .select(["p.id", "p.name"])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb.selectFrom("contracts as c").select("c.id").where("c.region_id", "=", regionId).whereRef("c.provider_id", "=", "p.id"),
        ),
        eb.exists(
          eb.selectFrom("locations as l").select("l.id").where("l.region_id", "=", regionId).whereRef("l.provider_id", "=", "p.id"),
        ),
      ]),
    )
    .orderBy("p.name")
    .orderBy("p.id")
    .execute();
  return { municipalities, providers };
}

export interface ProviderLongWaitRow {
  providerId: string;
  providerName: string;
  waiting: number;
  overFourMonths: number;
}

/**
 * Per provider, a month's children on the waiting list and those waiting more than four months
 * (the long_wait snapshot split by provider), the most over four months first: a keyset page.
 */
export async function kpiLongWaitPage(tx: Tx, regionId: string, month: string, page: PageRequest = {}): Promise<Page<ProviderLongWaitRow>> {
  const query = tx
    .selectFrom("kpi_snapshots as s")
    .innerJoin("providers as p", "p.id", "s.provider_id")
    .select(["s.provider_id", "p.name", "s.numerator", "s.denominator"])
    .where("s.region_id", "=", regionId)
    .where("s.kpi", "=", "long_wait")
    .where("s.month", "=", `${month}-01`)
    .where("s.provider_id", "is not", null)
    .where("s.care_type", "is", null)
    .where("s.municipality_code", "is", null);
  const keys = [
    { expr: sql`coalesce(s.numerator, 0)`, type: "int8" as const },
    { expr: sql`s.id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "desc", page);
  return {
    items: items.map((r) => ({
      providerId: r.provider_id!,
      providerName: r.name,
      waiting: Number(r.denominator ?? 0),
      overFourMonths: Number(r.numerator ?? 0),
    })),
    nextCursor,
  };
}
