import { sql } from "kysely";
import type { OpenFigure, OpenReleaseDocument } from "@jeugdregie/domain";
import type { Database } from "../../client.ts";

/**
 * The open releases as anyone may read them (the published documents only; the table has no
 * tenant and no child-level column, and the application role can read nothing else of a release).
 * Read without a tenant scope: the open API is public.
 */
export interface OpenReleaseSummary {
  asOf: string;
  definitionsVersion: number;
}

/** Releases from..to (as-of dates, both included, either open), newest first. At most one per week, so a year is 52 rows. */
export async function listOpenReleases(
  db: Database,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<OpenReleaseSummary[]> {
  let query = db.selectFrom("open_releases").select(["as_of", "definitions_version"]).orderBy("as_of", "desc");
  if (range.from) query = query.where("as_of", ">=", range.from);
  if (range.to) query = query.where("as_of", "<=", range.to);
  const rows = await query.execute();
  return rows.map((r) => ({ asOf: r.as_of, definitionsVersion: r.definitions_version }));
}

/** One release's document; "latest" for the newest. Null when there is none. */
export async function readOpenRelease(db: Database, asOf: string | "latest"): Promise<OpenReleaseDocument | null> {
  let query = db.selectFrom("open_releases").select("document").orderBy("as_of", "desc").limit(1);
  if (asOf !== "latest") query = query.where("as_of", "=", asOf);
  const row = await query.executeTakeFirst();
  return row ? (row.document as OpenReleaseDocument) : null;
}

/** One series over releases: the figures of one metric and area type (and area), from..to, oldest first; filtered in the database. */
export async function readOpenSeries(
  db: Database,
  filter: { metric: string; areaType: string; area?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<{ asOf: string; definitionsVersion: number; figures: OpenFigure[] }[]> {
  const match = { metric: filter.metric, areaType: filter.areaType, ...(filter.area && { area: filter.area }) };
  let query = db
    .selectFrom("open_releases")
    .select([
      "as_of",
      "definitions_version",
      sql<
        OpenFigure[]
      >`coalesce((select jsonb_agg(e.f order by e.i) from jsonb_array_elements(document->'figures') with ordinality e(f, i) where e.f @> ${JSON.stringify(match)}::jsonb), '[]')`.as(
        "figures",
      ),
    ])
    .orderBy("as_of", "asc");
  if (filter.from) query = query.where("as_of", ">=", filter.from);
  if (filter.to) query = query.where("as_of", "<=", filter.to);
  const rows = await query.execute();
  return rows.map((r) => ({ asOf: r.as_of, definitionsVersion: r.definitions_version, figures: r.figures }));
}
