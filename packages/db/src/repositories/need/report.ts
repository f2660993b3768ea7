import { sql } from "kysely";
import type { Tx } from "../../tenant.ts";

export interface RegionKpiValue {
  kpi: string;
  month: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/**
 * The region-wide value of every KPI in the given months (no split: no care type, provider,
 * location or breakdown): at most one row per KPI and month, so a quarter is a few dozen rows.
 */
export async function regionKpiValues(tx: Tx, regionId: string, fromMonth: string, toMonth: string): Promise<RegionKpiValue[]> {
  const rows = await tx
    .selectFrom("kpi_snapshots")
    .select(["kpi", sql<string>`to_char(month, 'YYYY-MM')`.as("month"), "value", "numerator", "denominator"])
    .where("region_id", "=", regionId)
    .where("month", ">=", `${fromMonth}-01`)
    .where("month", "<=", `${toMonth}-01`)
    .where("care_type", "is", null)
    .where("provider_id", "is", null)
    .where("location_id", "is", null)
    .where("breakdown", "is", null)
    .orderBy("kpi")
    .orderBy("month")
    .execute();
  const orNull = (v: string | number | null) => (v === null ? null : Number(v));
  return rows.map((r) => ({
    kpi: r.kpi,
    month: r.month,
    value: Number(r.value),
    numerator: orNull(r.numerator),
    denominator: orNull(r.denominator),
  }));
}

/** The region's name and code, for a report's title. */
export async function regionTitle(tx: Tx, regionId: string): Promise<{ name: string; code: string } | null> {
  return (await tx.selectFrom("regions").select(["name", "code"]).where("id", "=", regionId).executeTakeFirst()) ?? null;
}
