import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";
import { POLICIES_USING_TRUE, TABLES_WITHOUT_RLS } from "./rls-exceptions.ts";

/*
 * The tenant boundary read from the database catalog, not from examples: a new table that names
 * a tenant, or a new permissive policy, fails here until it is protected or its reason is written
 * down in rls-exceptions.ts.
 */
const TENANT_COLUMNS = ["region_id", "provider_id", "supra_region_id"];

let db: TestDatabase;
let tables: { name: string; rls: boolean; forced: boolean; tenantColumns: string[]; appPrivileges: string[] }[];

beforeAll(async () => {
  db = await createTestDatabase();
  const { rows } = await sql<{ name: string; rls: boolean; forced: boolean; tenant_columns: string[]; app_privileges: string[] }>`
    select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
      coalesce((select array_agg(a.attname::text order by a.attname) from pg_attribute a
                where a.attrelid = c.oid and not a.attisdropped and a.attname = any(${TENANT_COLUMNS})), '{}') as tenant_columns,
      array_remove(array[
        case when has_table_privilege('jeugdregie_app', c.oid, 'select') then 'select' end,
        case when has_table_privilege('jeugdregie_app', c.oid, 'insert') then 'insert' end,
        case when has_table_privilege('jeugdregie_app', c.oid, 'update') then 'update' end,
        case when has_table_privilege('jeugdregie_app', c.oid, 'delete') then 'delete' end], null) as app_privileges
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
    order by c.relname`.execute(db.owner);
  tables = rows.map((r) => ({
    name: r.name,
    rls: r.rls,
    forced: r.forced,
    tenantColumns: r.tenant_columns,
    appPrivileges: r.app_privileges,
  }));
});
afterAll(() => db.drop());

describe("database catalog", () => {
  it("protects every table that names a region, provider or supra region with forced row-level security", () => {
    const tenantTables = tables.filter((t) => t.tenantColumns.length > 0);
    expect(tenantTables.length).toBeGreaterThan(20);
    const unprotected = tenantTables
      .filter((t) => !(t.name in TABLES_WITHOUT_RLS))
      .filter((t) => !t.rls || !t.forced)
      .map((t) => `${t.name} (${t.rls ? "RLS not forced" : "no RLS"})`);
    expect(unprotected, "tables naming a tenant without forced RLS; protect them or document why in rls-exceptions.ts").toEqual([]);
  });

  it("forces every table that has row-level security (the owner is bound by it too)", () => {
    const withRls = tables.filter((t) => t.rls);
    expect(withRls.map((t) => t.name)).toContain("regions");
    expect(withRls.filter((t) => !t.forced).map((t) => t.name)).toEqual([]);
  });

  it("gives the application role no table it can write without row-level security, except documented ones", () => {
    const writable = tables.filter((t) => t.appPrivileges.some((p) => p !== "select"));
    const open = writable.filter((t) => !t.rls && !(t.name in TABLES_WITHOUT_RLS) && !SHARED_WRITABLE.has(t.name)).map((t) => t.name);
    expect(open, "writable without RLS: add policies, or list them as shared with a reason").toEqual([]);
  });

  it("keeps the exception list honest: every listed table exists and still lacks RLS", () => {
    for (const name of Object.keys(TABLES_WITHOUT_RLS)) {
      const table = tables.find((t) => t.name === name);
      expect(table, `${name} is listed in rls-exceptions.ts but does not exist`).toBeDefined();
      expect(table!.rls, `${name} has RLS now: remove it from rls-exceptions.ts`).toBe(false);
    }
  });

  it("has no policy that lets every row through, except documented ones", async () => {
    // Only permissive policies widen access; a restrictive one with `true` on one side narrows nothing it lets through.
    const { rows } = await sql<{ tablename: string; policyname: string; qual: string | null; with_check: string | null }>`
      select tablename, policyname, qual, with_check from pg_policies where schemaname = 'public' and permissive = 'PERMISSIVE'`.execute(
      db.owner,
    );
    expect(rows.length).toBeGreaterThan(40);
    const trivial = rows
      .filter((p) => [p.qual, p.with_check].some((c) => c !== null && /^\(?\s*true\s*\)?$/i.test(c.trim())))
      .map((p) => p.policyname)
      .filter((name) => !(name in POLICIES_USING_TRUE));
    expect(trivial, "policies with a condition of `true`").toEqual([]);
  });

  it("gives the application role no column that holds a secret (password hashes, client secrets in clear)", async () => {
    const { rows } = await sql<{ readable: string }>`
      select c.table_name || '.' || c.column_name as readable from information_schema.columns c
      where c.table_schema = 'public' and c.column_name ~ '(password|secret|token)'
        and c.column_name !~ '(_encrypted|_hash)$' and has_column_privilege('jeugdregie_app', format('%I', c.table_name), c.column_name, 'select')`.execute(
      db.owner,
    );
    expect(rows.map((r) => r.readable)).toEqual([]);
    const hash = await sql<{
      ok: boolean;
    }>`select has_column_privilege('jeugdregie_app', 'users', 'password_hash', 'select') as ok`.execute(db.owner);
    expect(hash.rows[0]!.ok).toBe(false);
  });

  it("runs every SECURITY DEFINER function with a fixed search_path", async () => {
    const { rows } = await sql<{ name: string }>`
      select p.oid::regprocedure::text as name from pg_proc p
      where p.prosecdef and p.pronamespace in ('app'::regnamespace, 'public'::regnamespace)
        and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')`.execute(db.owner);
    expect(rows.map((r) => r.name)).toEqual([]);
  });
});

/**
 * Tables without a tenant that the application role writes: the account tables that sign-in
 * needs before any tenant scope exists, the national provider registry and the worker heartbeat.
 */
const SHARED_WRITABLE = new Set(["users", "sessions", "login_attempts", "providers", "worker_heartbeats"]);
