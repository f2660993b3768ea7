import { sql, type Kysely } from "kysely";

/**
 * Issue 12: the board's figures (running, re-placements, at risk, placements per month in and
 * outside the region) are counted over all of a region's placements: 18,000 in the busiest region
 * at national scale, spread over 6,700 heap pages (66 ms for one pass). This index holds every
 * column those counts and the placements' read policies use, so the count is an index-only scan.
 */
const upSql = sql.raw(/* sql */ `
create index placements_region_figures_idx on placements (region_id, starts_on)
  include (location_region_id, ended_on, end_destination, at_risk, provider_id, request_id);
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`drop index placements_region_figures_idx;`).execute(db);
}
