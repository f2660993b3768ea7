import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@jeugdregie/db";
import type { TenantScope } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { arrangeTwoTenants } from "./helpers/fixtures.ts";

/*
 * Nothing in the database is usable by PUBLIC: every function in schema app is executable only by
 * the roles it was granted to, and a role without grants can do nothing. Every SECURITY DEFINER
 * function answers only for the caller's own scope.
 */
let db: TestDatabase;
let t: Awaited<ReturnType<typeof arrangeTwoTenants>>;
let supraAB: string;
let supraA: string;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await arrangeTwoTenants(db.owner);
  const [ab, a] = await db.owner
    .insertInto("supra_regions")
    .values([
      { code: "verband-ab", name: "Verband AB" },
      { code: "verband-a", name: "Verband A" },
    ])
    .returning("id")
    .execute();
  supraAB = ab!.id;
  supraA = a!.id;
  await db.owner
    .insertInto("supra_region_members")
    .values([
      { supra_region_id: supraAB, region_id: t.regionA },
      { supra_region_id: supraAB, region_id: t.regionB },
      { supra_region_id: supraA, region_id: t.regionA },
    ])
    .execute();
  await db.owner
    .insertInto("supra_region_care_types")
    .values([
      { supra_region_id: supraAB, care_type: "behandelgroep" },
      { supra_region_id: supraA, care_type: "behandelgroep" },
    ])
    .execute();
});
afterAll(() => db.drop());

describe("privileges in the catalog", () => {
  it("lets PUBLIC execute no function in schema app and use neither schema", async () => {
    const { rows } = await sql<{ proname: string }>`
      select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      cross join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
      where n.nspname = 'app' and a.grantee = 0 and a.privilege_type = 'EXECUTE'`.execute(db.owner);
    expect(rows.map((r) => r.proname)).toEqual([]);
    const { rows: schemas } = await sql<{ nspname: string }>`
      select n.nspname from pg_namespace n
      cross join lateral aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
      where n.nspname in ('public', 'app') and a.grantee = 0`.execute(db.owner);
    expect(schemas).toEqual([]);
  });

  it("grants the app role every function its policies and helper functions call (no longer reachable through PUBLIC)", async () => {
    const { rows } = await sql<{ name: string; granted: boolean }>`
      with used as (
        select m[1] as name from pg_policies p,
          regexp_matches(coalesce(p.qual, '') || ' ' || coalesce(p.with_check, ''), 'app\\.([a-z_]+)\\(', 'g') m
        union
        select m[1] from pg_proc f join pg_namespace n on n.oid = f.pronamespace, regexp_matches(f.prosrc, 'app\\.([a-z_]+)\\(', 'g') m
        where n.nspname = 'app' and not f.prosecdef
      )
      select name, exists (
        select 1 from pg_proc f join pg_namespace n on n.oid = f.pronamespace
        where n.nspname = 'app' and f.proname = used.name and has_function_privilege('jeugdregie_app', f.oid, 'execute')) as granted
      from used order by name`.execute(db.owner);
    // Not blind: it finds what the policies call (since migration 0025 the scope helpers read once per statement).
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(["region_ids_as", "has_role", "related_region_ids", "provider_id"]));
    expect(rows.filter((r) => !r.granted).map((r) => r.name)).toEqual([]);
  });

  it("does not make a new function in schema app executable by PUBLIC", async () => {
    await sql`create function app.zz_probe() returns int language sql as 'select 1'`.execute(db.owner);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_proc p join pg_namespace s on s.oid = p.pronamespace
      cross join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
      where s.nspname = 'app' and p.proname = 'zz_probe' and a.grantee = 0`.execute(db.owner);
    await sql`drop function app.zz_probe()`.execute(db.owner);
    expect(rows[0]!.n).toBe(0);
  });

  it("leaves a role without grants able to do nothing", async () => {
    const role = `jr_nobody_${randomBytes(4).toString("hex")}`;
    const client = new pg.Client({ connectionString: db.ownerUrl });
    await client.connect();
    await client.query(`create role ${role} nologin`);
    const attempts = [
      "select app.role()",
      "select * from app.provider_offers()",
      "select app.pool_capacity(gen_random_uuid(), 'behandelgroep')",
      "select count(*) from public.regions",
      "select count(*) from public.locations",
      "create table public.nobody_was_here (id int)",
      "create function app.nobody() returns int language sql as 'select 1'",
    ];
    const outcomes: string[] = [];
    try {
      for (const statement of attempts) {
        await client.query("begin");
        await client.query(`set local role ${role}`);
        try {
          await client.query(statement);
          outcomes.push(`allowed: ${statement}`);
        } catch (error) {
          outcomes.push((error as { code?: string }).code === "42501" ? "denied" : `other (${(error as Error).message}): ${statement}`);
        }
        await client.query("rollback");
      }
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_proc p join pg_namespace s on s.oid = p.pronamespace
         where s.nspname = 'app' and has_function_privilege($1, p.oid, 'execute')`,
        [role],
      );
      expect(rows[0]!.n).toBe(0);
    } finally {
      await client.query(`drop role ${role}`);
      await client.end();
    }
    expect(outcomes).toEqual(attempts.map(() => "denied"));
  });
});

describe("security-definer functions", () => {
  const coordinator = (regionId: string): TenantScope => t.coordinatorOf(regionId);
  const supraCoordinator = (supraRegionId: string): TenantScope => ({
    userId: t.coordinatorOf(t.regionA).userId,
    role: "supra_coordinator",
    regionId: null,
    providerId: null,
    supraRegionId,
  });
  const capacity = (scope: TenantScope, supra: string) =>
    withTenant(
      db.app,
      scope,
      async (tx) => (await sql<{ c: number | null }>`select app.pool_capacity(${supra}, 'behandelgroep') as c`.execute(tx)).rows[0]!.c,
    );

  it("pool capacity answers only members and the supra coordinator of that supra region", async () => {
    expect(await capacity(coordinator(t.regionA), supraAB)).toBe(32);
    expect(await capacity(supraCoordinator(supraAB), supraAB)).toBe(32);
    await expect(capacity(coordinator(t.regionB), supraA)).rejects.toThrow(/not a member/);
    await expect(capacity(supraCoordinator(supraAB), supraA)).rejects.toThrow(/not a member/);
    await expect(capacity(t.providerUserOf(t.providerP), supraAB)).rejects.toThrow(/not a member/);
  });

  it("occupancy answers only for a location the scope may see", async () => {
    const locationA = await db.owner
      .selectFrom("locations")
      .select("id")
      .where("region_id", "=", t.regionA)
      .where("provider_id", "=", t.providerQ)
      .executeTakeFirstOrThrow();
    const occupancy = (scope: TenantScope) =>
      withTenant(db.app, scope, async (tx) => (await sql`select * from app.location_occupancy(${locationA.id})`.execute(tx)).rows);
    expect(await occupancy(coordinator(t.regionA))).toHaveLength(1);
    expect(await occupancy(t.providerUserOf(t.providerQ))).toHaveLength(1);
    expect(await occupancy(t.providerUserOf(t.providerP))).toEqual([]);
    expect(await occupancy({ ...coordinator(t.regionB), role: "referrer" })).toEqual([]);
  });

  it("crisis checks, stale locations and municipality holders answer nothing outside the scope", async () => {
    const probe = (scope: TenantScope, statement: ReturnType<typeof sql>) =>
      withTenant(db.app, scope, async (tx) => (await statement.execute(tx)).rows);
    const request = await db.owner
      .insertInto("children")
      .values({
        region_id: t.regionA,
        pseudonym: "J-CRISIS",
        bsn_hash: "hash-crisis",
        bsn_encrypted: "v1:x",
        birth_date: "2012-03-01",
        gender: "1",
        home_municipality_code: "GM9001",
      })
      .returning("id")
      .executeTakeFirstOrThrow()
      .then((child) =>
        db.owner
          .insertInto("placement_requests")
          .values({
            region_id: t.regionA,
            child_id: child.id,
            referrer_user_id: coordinator(t.regionA).userId,
            referrer_kind: "01",
            care_type: "behandelgroep",
            urgency: "crisis",
          })
          .returning(["id", "child_id"])
          .executeTakeFirstOrThrow(),
      );
    const crisis = (scope: TenantScope) =>
      probe(
        scope,
        sql`select app.crisis_request(${t.regionA}, ${request.id}) as r, app.crisis_child(${t.regionA}, ${request.child_id}) as c`,
      );
    expect(await crisis(coordinator(t.regionA))).toEqual([{ r: true, c: true }]);
    expect(await crisis(coordinator(t.regionB))).toEqual([{ r: false, c: false }]);

    const stale = (scope: TenantScope) => probe(scope, sql`select provider_id from app.stale_locations(30)`);
    expect((await stale(t.providerUserOf(t.providerQ))).every((r) => (r as { provider_id: string }).provider_id === t.providerQ)).toBe(
      true,
    );
    expect(await stale(coordinator(t.regionB))).toEqual([]);
    expect((await stale({ ...coordinator(t.regionA), role: "platform_admin", regionId: null })).length).toBe(4);

    const holders = (scope: TenantScope) => probe(scope, sql`select code from app.municipality_holders()`);
    expect(await holders({ ...coordinator(t.regionA), role: "region_admin" })).toHaveLength(2);
    expect(await holders(t.providerUserOf(t.providerP))).toEqual([]);
  });
});
