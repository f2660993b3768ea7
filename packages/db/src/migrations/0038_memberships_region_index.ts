import { sql, type Kysely } from "kysely";

/**
 * Issue 12: a region's people (`onboarding.users.list`, ordered by role) were found by reading all
 * 4,300 memberships of the country; with row-level security each of them was also checked against
 * the caller's policies before the region filter could drop it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index memberships_region_idx on memberships (region_id, role) where region_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index memberships_region_idx`.execute(db);
}
