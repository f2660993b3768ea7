import { sql } from "kysely";
import pg from "pg";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { createDatabase, withTenant, type Database } from "@jeugdregie/db";
import type { TenantScope } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

/*
 * Issue 12: a short page's cost is mostly round trips. The connection prepares parameterised
 * statements and sends a transaction's BEGIN together with its first statement when that one has
 * no parameters (the tenant scope). What reaches the server is counted at pg's own query call.
 */
let db: TestDatabase;
let owner: Database;
let sent: string[];
beforeAll(async () => {
  db = await createTestDatabase();
  const query = pg.Client.prototype.query;
  vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const config = args[0];
    sent.push(
      typeof config === "string"
        ? config
        : `prepared ${(config as { name: string; text: string }).name}: ${(config as { text: string }).text}`,
    );
    return (query as (...a: unknown[]) => unknown).apply(this, args) as never;
  });
  // one connection, made after the spy: every statement of these tests goes through it
  owner = createDatabase(db.ownerUrl, { max: 1 });
});
afterEach(() => {
  sent = [];
});
afterAll(async () => {
  vi.restoreAllMocks();
  await owner?.destroy();
  await db?.drop();
});
sent = [];

const scope: TenantScope = {
  userId: "00000000-0000-4000-8000-000000000001",
  role: "placement_coordinator",
  regionId: "00000000-0000-4000-8000-000000000002",
  providerId: null,
  supraRegionId: null,
};

it("opens a tenant transaction in one round trip: BEGIN and the scope in one message", async () => {
  sent = [];
  const row = await withTenant(owner, scope, async (tx) => {
    const r = await sql<{
      role: string;
      regions: string;
    }>`select current_setting('app.role') as role, current_setting('app.region_ids') as regions`.execute(tx);
    return r.rows[0]!;
  });
  expect(row).toEqual({ role: "placement_coordinator", regions: `{${scope.regionId}}` });
  expect(sent).toHaveLength(3);
  expect(sent[0]).toMatch(/^begin;\nselect set_config\('app\.user_id', '00000000-0000-4000-8000-000000000001', true\)/);
  expect(sent[2]).toBe("commit");
});

it("keeps the scope inside its transaction: the next use of the connection has none", async () => {
  await withTenant(owner, scope, (tx) => sql`select 1`.execute(tx));
  const after = await sql<{ role: string | null }>`select nullif(current_setting('app.role', true), '') as role`.execute(owner);
  expect(after.rows[0]!.role).toBeNull();
});

it("sends BEGIN on its own before a statement with parameters, which is prepared", async () => {
  sent = [];
  await owner.transaction().execute((tx) => tx.selectFrom("regions").select("id").where("code", "=", "twente").execute());
  expect(sent[0]).toBe("begin");
  expect(sent[1]).toMatch(/^prepared jr_[0-9a-f]{24}: select "id" from "regions" where "code" = \$1/);
  expect(sent[2]).toBe("commit");
});

it("rolls back what a failed transaction wrote, also when its BEGIN went with the first statement", async () => {
  await expect(
    withTenant(owner, scope, async (tx) => {
      await sql`create table round_trip_probe (x int)`.execute(tx);
      throw new Error("fails after writing");
    }),
  ).rejects.toThrow("fails after writing");
  expect(sent.at(-1)).toBe("rollback");
  const table = await sql<{ t: string | null }>`select to_regclass('round_trip_probe')::text as t`.execute(owner);
  expect(table.rows[0]!.t).toBeNull();
});

it("sends nothing for a transaction that runs no statement", async () => {
  sent = [];
  await owner.transaction().execute(async () => 1);
  expect(sent).toEqual([]);
});
