import { sql } from "kysely";
import { AppError, deriveSnapshots, KPI_DEFINITIONS_VERSION, kpiPeriod, type KpiValue } from "@jeugdregie/domain";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { readKpiMeasures } from "./measures.ts";

export interface KpiSnapshotsWritten {
  month: string;
  values: number;
}

/**
 * Computes one region-month and replaces its snapshot: delete + insert in the caller's transaction,
 * so a recomputation is all or nothing, and gives the same rows for the same data. Recomputations
 * of the same region-month wait for each other (a transaction-scoped advisory lock) instead of
 * colliding on the unique key. A month in the future is refused (kpiPeriod).
 */
export async function computeKpiSnapshots(tx: Tx, regionId: string, month: string, now: Date = new Date()): Promise<KpiSnapshotsWritten> {
  const period = kpiPeriod(month, now);
  await sql`select pg_advisory_xact_lock(hashtextextended(${`kpi-snapshots:${regionId}:${month}`}, 0))`.execute(tx);
  const values = deriveSnapshots(await readKpiMeasures(tx, regionId, period, now));
  await replaceKpiSnapshots(tx, regionId, period.firstDay, values);
  return { month, values: values.length };
}

async function replaceKpiSnapshots(tx: Tx, regionId: string, firstDay: string, values: KpiValue[]): Promise<void> {
  await tx.deleteFrom("kpi_snapshots").where("region_id", "=", regionId).where("month", "=", firstDay).execute();
  if (values.length === 0) return;
  const computedAt = new Date();
  await tx
    .insertInto("kpi_snapshots")
    .values(
      values.map((v) => ({
        region_id: regionId,
        month: firstDay,
        kpi: v.kpi,
        care_type: v.careType,
        provider_id: v.providerId,
        location_id: v.locationId,
        municipality_code: v.municipalityCode,
        breakdown: v.breakdown,
        value: v.value,
        numerator: v.numerator,
        denominator: v.denominator,
        computed_at: computedAt,
        definitions_version: KPI_DEFINITIONS_VERSION,
      })),
    )
    .execute();
}

export interface KpiSnapshotFilter {
  /** First and last month, "2026-01" .. "2026-10", both included. */
  fromMonth: string;
  toMonth: string;
  kpi?: string;
  careType?: string;
  providerId?: string;
  locationId?: string;
  municipalityCode?: string;
  breakdown?: string;
}

export interface KpiSnapshotRow {
  kpi: string;
  month: string;
  careType: string | null;
  providerId: string | null;
  providerName: string | null;
  locationId: string | null;
  locationName: string | null;
  municipalityCode: string | null;
  breakdown: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  computedAt: Date;
  definitionsVersion: number;
}

const orNull = (v: string | null) => (v === null ? null : Number(v));

/**
 * A region's stored snapshots, a keyset page in series order: per KPI and split, its months
 * ascending, so a chart's series arrives whole and in order. A filter that is given narrows to that
 * split; one that is not leaves every split of that dimension (the region as a whole included).
 */
export async function kpiSnapshotPage(
  tx: Tx,
  regionId: string,
  filter: KpiSnapshotFilter,
  page: PageRequest = {},
): Promise<Page<KpiSnapshotRow>> {
  await assertKnownSplits(tx, regionId, filter);
  let query = tx
    .selectFrom("kpi_snapshots as s")
    .leftJoin("providers as pr", "pr.id", "s.provider_id")
    .leftJoin("locations as l", (join) => join.onRef("l.region_id", "=", "s.region_id").onRef("l.id", "=", "s.location_id"))
    .select([
      "s.id",
      "s.kpi",
      sql<string>`to_char(s.month, 'YYYY-MM')`.as("month"),
      "s.care_type",
      "s.provider_id",
      "pr.name as provider_name",
      "s.location_id",
      "l.name as location_name",
      "s.municipality_code",
      "s.breakdown",
      "s.value",
      "s.numerator",
      "s.denominator",
      "s.computed_at",
      "s.definitions_version",
    ])
    .where("s.region_id", "=", regionId)
    .where("s.month", ">=", `${filter.fromMonth}-01`)
    .where("s.month", "<=", `${filter.toMonth}-01`);
  if (filter.kpi !== undefined) query = query.where("s.kpi", "=", filter.kpi);
  if (filter.careType !== undefined) query = query.where("s.care_type", "=", filter.careType);
  if (filter.providerId !== undefined) query = query.where("s.provider_id", "=", filter.providerId);
  if (filter.locationId !== undefined) query = query.where("s.location_id", "=", filter.locationId);
  if (filter.municipalityCode !== undefined) query = query.where("s.municipality_code", "=", filter.municipalityCode);
  if (filter.breakdown !== undefined) query = query.where("s.breakdown", "=", filter.breakdown);
  // The expressions of kpi_snapshots_series_idx.
  const keys = [
    { expr: sql`s.kpi`, type: "text" as const },
    { expr: sql`coalesce(s.care_type, '')`, type: "text" as const },
    { expr: sql`coalesce(s.provider_id::text, '')`, type: "text" as const },
    { expr: sql`coalesce(s.location_id::text, '')`, type: "text" as const },
    { expr: sql`coalesce(s.municipality_code, '')`, type: "text" as const },
    { expr: sql`coalesce(s.breakdown, '')`, type: "text" as const },
    { expr: sql`s.month`, type: "date" as const },
    { expr: sql`s.id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "asc", page);
  return {
    items: items.map((r) => ({
      kpi: r.kpi,
      month: r.month,
      careType: r.care_type,
      providerId: r.provider_id,
      providerName: r.provider_name,
      locationId: r.location_id,
      locationName: r.location_name,
      municipalityCode: r.municipality_code,
      breakdown: r.breakdown,
      value: Number(r.value),
      numerator: orNull(r.numerator),
      denominator: orNull(r.denominator),
      computedAt: r.computed_at,
      definitionsVersion: r.definitions_version,
    })),
    nextCursor,
  };
}

/**
 * A provider or location filter must name one the region works with (a contract, a location, or
 * figures of its own): another tenant's id is not found, rather than answered with an empty list.
 */
export async function assertKnownSplits(tx: Tx, regionId: string, filter: KpiSnapshotFilter): Promise<void> {
  const snapshot = tx.selectFrom("kpi_snapshots").select("id").where("region_id", "=", regionId);
  if (filter.providerId !== undefined) {
    const providerId = filter.providerId;
    const known = await tx
      .selectFrom("contracts")
      .select("id")
      .where("region_id", "=", regionId)
      .where("provider_id", "=", providerId)
      .unionAll(tx.selectFrom("locations").select("id").where("region_id", "=", regionId).where("provider_id", "=", providerId))
      .unionAll(snapshot.where("provider_id", "=", providerId))
      .limit(1)
      .executeTakeFirst();
    if (!known)
      throw new AppError("NOT_FOUND", {
        nl: "Deze aanbieder werkt niet in deze regio (of je hebt er geen toegang toe).",
        en: "This provider does not work in this region (or you have no access).",
      });
  }
  if (filter.locationId !== undefined) {
    const locationId = filter.locationId;
    const known = await tx
      .selectFrom("locations")
      .select("id")
      .where("region_id", "=", regionId)
      .where("id", "=", locationId)
      .unionAll(snapshot.where("location_id", "=", locationId))
      .limit(1)
      .executeTakeFirst();
    if (!known)
      throw new AppError("NOT_FOUND", {
        nl: "Deze locatie hoort niet bij deze regio (of je hebt er geen toegang toe).",
        en: "This location does not belong to this region (or you have no access).",
      });
  }
}
