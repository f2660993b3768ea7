import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVE_REQUEST_STATUSES, REQUEST_STATUSES } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

/*
 * Partial indexes and functions that single out a request's active statuses spell the list out in
 * SQL (an index predicate cannot call TypeScript). The domain's ACTIVE_REQUEST_STATUSES is the one
 * definition: every status list in the migrated catalog that names request statuses must be it, or
 * the full list of the check constraint. A status added to the domain without a migration, or a
 * migration that re-types the list differently, fails here.
 */
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

/** Every `status in (...)` / `status = any (array[...])` list in a text of SQL, as sorted value lists. */
function statusLists(text: string): string[][] {
  const lists = [...text.matchAll(/status\)?\s*(?:=\s*any\s*\(\s*\(?\s*array\s*\[|in\s*\()([^\])]*)/gi)].map((m) =>
    [...m[1]!.matchAll(/'([a-z_]+)'/g)].map((v) => v[1]!).sort(),
  );
  return lists.filter((list) => list.length > 1 && list.every((v) => (REQUEST_STATUSES as readonly string[]).includes(v)));
}

describe("request status lists in SQL", () => {
  it("name exactly the domain's active statuses (or all of them) wherever a list of request statuses appears", async () => {
    const { rows: indexes } = await sql<{ name: string; text: string }>`
      select indexname as name, indexdef as text from pg_indexes
      where schemaname = 'public' and tablename = 'placement_requests'`.execute(db.owner);
    const { rows: functions } = await sql<{ name: string; text: string }>`
      select p.proname as name, pg_get_functiondef(p.oid) as text from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'app' and p.prokind = 'f'`.execute(db.owner);
    const { rows: checks } = await sql<{ name: string; text: string }>`
      select conname as name, pg_get_constraintdef(oid) as text from pg_constraint
      where conrelid = 'placement_requests'::regclass and contype = 'c'`.execute(db.owner);
    const active = [...ACTIVE_REQUEST_STATUSES].sort();
    const all = [...REQUEST_STATUSES].sort();
    const found = [...indexes, ...functions, ...checks].flatMap(({ name, text }) => statusLists(text).map((list) => ({ name, list })));
    // The active queue's partial index and the one-active-request-per-child rule both carry the list.
    expect(found.filter(({ list }) => list.join() === active.join()).length).toBeGreaterThanOrEqual(2);
    expect(found.filter(({ list }) => list.join() === all.join()).map(({ name }) => name)).toContain("placement_requests_status_check");
    const other = found.filter(({ list }) => list.join() !== active.join() && list.join() !== all.join());
    expect(other).toEqual([]);
  });
});
