import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { arrangeTwoTenants } from "./helpers/fixtures.ts";

/*
 * Tenant isolation at the database level, as the application role: these queries carry no
 * WHERE clause on purpose. If a policy is dropped or the app role could bypass RLS, they fail.
 */
let db: TestDatabase;
let t: Awaited<ReturnType<typeof arrangeTwoTenants>>;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await arrangeTwoTenants(db.owner);
});
afterAll(() => db.drop());

describe("row-level security", () => {
  it("connects as a role that is neither superuser nor BYPASSRLS and owns no table", async () => {
    const role = await sql<{ rolsuper: boolean; rolbypassrls: boolean; owns: string }>`
      select rolsuper, rolbypassrls, (select count(*) from pg_tables where tableowner = current_user) as owns
      from pg_roles where rolname = current_user`.execute(db.app);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owns: "0" });
  });

  it("returns no row of region B to a query without WHERE in region A", async () => {
    const rows = await withTenant(
      db.app,
      t.coordinatorOf(t.regionA),
      async (tx) => (await sql<{ region_id: string; name: string }>`select region_id, name from locations`.execute(tx)).rows,
    );
    expect(rows.map((r) => r.name).sort()).toEqual(["P in A", "Q in A"]);
    expect(rows.every((r) => r.region_id === t.regionA)).toBe(true);

    const regions = await withTenant(
      db.app,
      t.coordinatorOf(t.regionA),
      async (tx) => (await sql<{ id: string }>`select id from regions`.execute(tx)).rows,
    );
    expect(regions.map((r) => r.id)).toEqual([t.regionA]);
    const municipalities = await withTenant(
      db.app,
      t.coordinatorOf(t.regionA),
      async (tx) => (await sql<{ code: string }>`select code from municipalities`.execute(tx)).rows,
    );
    expect(municipalities.map((m) => m.code)).toEqual(["GM9001"]);
  });

  it("refuses a write into region B from region A", async () => {
    const insert = withTenant(db.app, t.coordinatorOf(t.regionA), (tx) =>
      sql`insert into locations (region_id, provider_id, name, municipality_code, care_types, age_min, age_max, capacity)
          values (${t.regionB}, ${t.providerP}, 'sneaky', 'GM9002', '{behandelgroep}', 6, 18, 3)`.execute(tx),
    );
    await expect(insert).rejects.toThrow(/row-level security/);

    const updated = await withTenant(db.app, t.coordinatorOf(t.regionA), (tx) => sql`update locations set capacity = 0`.execute(tx));
    expect(Number(updated.numAffectedRows)).toBe(2);
    const untouched = await db.owner.selectFrom("locations").select("capacity").where("region_id", "=", t.regionB).execute();
    expect(untouched.map((r) => r.capacity)).toEqual([8, 8]);
  });

  it("cannot move a row into another tenant", async () => {
    const move = withTenant(db.app, t.coordinatorOf(t.regionA), (tx) => sql`update locations set region_id = ${t.regionB}`.execute(tx));
    await expect(move).rejects.toThrow(/row-level security/);
  });

  it("shows nothing without a tenant scope", async () => {
    const rows = await sql`select * from locations`.execute(db.app);
    expect(rows.rows).toEqual([]);
  });

  it("lets a provider user read its own provider's rows across its regions and nothing else", async () => {
    const rows = await withTenant(
      db.app,
      t.providerUserOf(t.providerP),
      async (tx) => (await sql<{ name: string; provider_id: string }>`select name, provider_id from locations`.execute(tx)).rows,
    );
    expect(rows.map((r) => r.name).sort()).toEqual(["P in A", "P in B", "P in B 2"]);
    const regions = await withTenant(
      db.app,
      t.providerUserOf(t.providerQ),
      async (tx) => (await sql<{ id: string }>`select id from regions`.execute(tx)).rows,
    );
    expect(regions.map((r) => r.id)).toEqual([t.regionA]);
  });

  it("keeps settings local to the transaction so a pooled connection does not leak a scope", async () => {
    await withTenant(db.app, t.coordinatorOf(t.regionA), async () => undefined);
    const leaked = await sql<{ setting: string | null }>`select current_setting('app.region_ids', true) as setting`.execute(db.app);
    expect(leaked.rows[0]?.setting ?? "").toBe("");
  });
});

describe("audit log", () => {
  it("is append-only, also for the owner", async () => {
    await withTenant(db.app, t.coordinatorOf(t.regionA), (tx) =>
      sql`insert into audit_log (region_id, role, action, entity) values (${t.regionA}, 'placement_coordinator', 'read', 'location')`.execute(
        tx,
      ),
    );
    await expect(sql`update audit_log set action = 'x'`.execute(db.owner)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db.owner)).rejects.toThrow(/append-only/);
    await expect(sql`update audit_log set action = 'x'`.execute(db.app)).rejects.toThrow();
  });

  it("chains every entry to the previous one of its region", async () => {
    for (let i = 0; i < 3; i++) {
      await withTenant(db.app, t.coordinatorOf(t.regionB), (tx) =>
        sql`insert into audit_log (region_id, role, action, entity, entity_id) values (${t.regionB}, 'placement_coordinator', 'read', 'location', ${String(i)})`.execute(
          tx,
        ),
      );
    }
    const chain = await db.owner
      .selectFrom("audit_log")
      .select(["chain_seq", "prev_hash", "hash"])
      .where("region_id", "=", t.regionB)
      .orderBy("chain_seq")
      .execute();
    expect(chain.map((e) => Number(e.chain_seq))).toEqual([1, 2, 3]);
    expect(chain[0]!.prev_hash).toBe("");
    expect(chain[1]!.prev_hash).toBe(chain[0]!.hash);
    expect(chain[2]!.prev_hash).toBe(chain[1]!.hash);
    expect(new Set(chain.map((e) => e.hash)).size).toBe(3);
  });

  it("is readable by the region admin of the region only", async () => {
    const admin = { ...t.coordinatorOf(t.regionA), role: "region_admin" as const };
    const visible = await withTenant(
      db.app,
      admin,
      async (tx) => (await sql<{ region_id: string }>`select region_id from audit_log`.execute(tx)).rows,
    );
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((r) => r.region_id === t.regionA)).toBe(true);
    const coordinator = await withTenant(
      db.app,
      t.coordinatorOf(t.regionA),
      async (tx) => (await sql`select 1 from audit_log`.execute(tx)).rows,
    );
    expect(coordinator).toEqual([]);
  });
});
