import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@jeugdregie/db";
import type { TenantScope } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";
import { arrangeTwoWorlds } from "../helpers/two-worlds.ts";

/*
 * The ministry sees aggregates only, and the database holds it to that (issue 14), not only the
 * API: as the application role with a ministry analyst's scope, straight SQL without a WHERE
 * clause reads nothing of any table that holds child-level data, and none of the release job's
 * aggregate functions or the release truths. The tables are read from the catalog: `children`,
 * every table that references it (directly or through another such table), and every table with
 * a column that names a child, request, offer or placement, or holds a BSN, birth date or pseudonym.
 * A new table of that kind is covered without anyone listing it.
 */
const CHILD_COLUMNS = ["child_id", "request_id", "placement_id", "offer_id", "bsn_hash", "bsn_encrypted", "birth_date", "pseudonym"];

let db: TestDatabase;
let ministry: TenantScope;
let childTables: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  const worlds = await arrangeTwoWorlds(db.owner);
  ministry = worlds.nationalScope("ministry_analyst");
  const { rows } = await sql<{ name: string }>`
    with recursive child_tables(oid) as (
      select 'public.children'::regclass::oid
      union
      select c.conrelid from pg_constraint c join child_tables t on c.confrelid = t.oid where c.contype = 'f'
    )
    select c.relname::text as name from pg_class c where c.oid in (select oid from child_tables)
    union
    select a.attrelid::regclass::text from pg_attribute a join pg_class c on c.oid = a.attrelid
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not a.attisdropped and a.attname = any(${CHILD_COLUMNS})
    order by 1`.execute(db.owner);
  childTables = rows.map((r) => r.name);
});
afterAll(async () => db?.drop());

/** What the ministry's scope reads of a table: its row count, or "refused" when the role may not read it at all. */
async function ministryReads(table: string): Promise<number | "refused"> {
  try {
    return await withTenant(db.app, ministry, async (tx) => {
      const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(tx);
      return Number(rows[0]!.n);
    });
  } catch (error) {
    if (/permission denied/.test((error as Error).message)) return "refused";
    throw error;
  }
}

async function ownerCount(table: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db.owner);
  return Number(rows[0]!.n);
}

describe("the ministry role and child-level rows, in the database", () => {
  it("finds the child-level tables in the catalog, each with rows the ministry could reach", async () => {
    expect(childTables).toEqual(
      expect.arrayContaining(["children", "placement_requests", "offers", "placements", "request_documents", "need_records"]),
    );
    const empty: string[] = [];
    for (const table of childTables) if ((await ownerCount(table)) === 0) empty.push(table);
    expect(empty, "add rows for these tables to tests/integration/helpers/tenant-world.ts").toEqual([]);
  });

  it("reads no row of any of them as the ministry analyst", async () => {
    const leaks: string[] = [];
    for (const table of childTables) {
      const read = await ministryReads(table);
      if (read !== 0 && read !== "refused") leaks.push(`${table}: ${read} row(s)`);
    }
    console.info(`ministry and child-level tables: ${childTables.join(", ")}`);
    expect(leaks).toEqual([]);
  });

  it("gets nothing from the release job's functions, and may not read the release truths", async () => {
    const read = (query: string) =>
      withTenant(db.app, ministry, async (tx) => (await sql.raw<Record<string, unknown>>(query).execute(tx)).rows.length);
    expect(await read("select * from app.open_release_measures(current_date)")).toBe(0);
    expect(await read("select * from app.open_release_areas()")).toBe(0);
    expect(await read("select * from app.previous_open_release_truth(current_date + 7)")).toBe(0);
    expect(await ministryReads("open_release_truths")).toBe("refused");
    await expect(read("select app.store_open_release(date '2026-11-23', 1, '{}', '{}', '{}')")).rejects.toThrow(/release job/);
  });

  it("would catch a policy that lets the ministry through (the probe is not blind)", async () => {
    await sql`create policy zz_ministry_leak on placements for select using (app.role() = 'ministry_analyst')`.execute(db.owner);
    try {
      expect(await ministryReads("placements")).toBeGreaterThan(0);
    } finally {
      await sql`drop policy zz_ministry_leak on placements`.execute(db.owner);
    }
    expect(await ministryReads("placements")).toBe(0);
  });
});
