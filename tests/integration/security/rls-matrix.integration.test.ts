import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopeSettings } from "@jeugdregie/db";
import type { Role, TenantScope } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";
import { PROVIDER_ROLES, REGION_ROLES, type TenantWorld } from "../helpers/tenant-world.ts";
import { arrangeTwoWorlds } from "../helpers/two-worlds.ts";
import { ownerClassifier, rlsTables, type TableInfo } from "./tenant-rows.ts";

/*
 * Row-level security on its own, with no application code in the way: for every table with RLS
 * (read from the catalog) and every role of tenant B, straight SQL as the application role with
 * B's scope and no WHERE clause must see, update and delete nothing of tenant A. Updates and
 * deletes are observed by a probe trigger that reports every row a statement reaches (before
 * any constraint can stop it), and are rolled back.
 */
type Operation = "select" | "update" | "delete";

/** What a national role may legitimately reach of a tenant, and why. Region and provider roles get nothing. */
const NATIONAL_ALLOWED: Partial<Record<Role, Record<string, { ops: Operation[]; why: string }>>> = {
  platform_admin: {
    regions: { ops: ["select", "update"], why: "the platform admin creates and renames tenants" },
    municipalities: { ops: ["select"], why: "which municipalities a tenant serves is public (CBS)" },
    invitations: { ops: ["select", "update"], why: "the platform admin invites and manages first administrators" },
    audit_log: { ops: ["select"], why: "the platform admin investigates incidents across tenants" },
    users: { ops: ["select"], why: "the platform admin manages accounts (never their password hashes: no column grant)" },
    memberships: { ops: ["select"], why: "the platform admin sees who holds which role where" },
    outbox: { ops: ["select"], why: "the platform admin sees mail that could not be delivered, in every region; bodies stay encrypted" },
  },
  ministry_analyst: {
    regions: { ops: ["select"], why: "the national overview lists every region" },
    municipalities: { ops: ["select"], why: "which municipalities a tenant serves is public (CBS)" },
  },
};

let db: TestDatabase;
let a: TenantWorld;
let b: TenantWorld;
let tables: TableInfo[];
let ownerOf: ReturnType<typeof ownerClassifier>;
let client: pg.Client;
let scopes: { label: string; scope: TenantScope | null }[];
const notices: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const worlds = await arrangeTwoWorlds(db.owner);
  a = worlds.a;
  b = worlds.b;
  ownerOf = ownerClassifier(a, b);
  tables = await rlsTables(db.owner);
  await sql
    .raw(
      `create function public.rls_probe() returns trigger language plpgsql as $$
       begin
         raise notice 'rls-probe|%|%', tg_table_name, to_jsonb(old)::text;
         return case when tg_op = 'DELETE' then old else new end;
       end $$;` +
        tables
          .map((t) => `create trigger zz_rls_probe before update or delete on ${t.name} for each row execute function public.rls_probe();`)
          .join(""),
    )
    .execute(db.owner);
  client = new pg.Client({ connectionString: db.appUrl });
  client.on("notice", (n) => notices.push(n.message ?? ""));
  await client.connect();
  scopes = [
    ...[...REGION_ROLES, ...PROVIDER_ROLES, "supra_coordinator" as const].map((role) => ({
      label: `${role} of B`,
      scope: b.scopeOf(role),
    })),
    { label: "platform_admin", scope: worlds.nationalScope("platform_admin") },
    { label: "ministry_analyst", scope: worlds.nationalScope("ministry_analyst") },
    { label: "no scope", scope: null },
  ];
});
afterAll(async () => {
  await client?.end();
  await db.drop();
});

async function valueFor(table: TableInfo): Promise<{ literal: string; type: string } | null> {
  if (!table.plainColumn) return null;
  const { rows } = await sql<{ value: string | null; type: string }>`
    select ${sql.ref(table.plainColumn)}::text as value, format_type(a.atttypid, a.atttypmod) as type
    from ${sql.table(table.name)} t, pg_attribute a
    where a.attrelid = ${table.name}::regclass and a.attname = ${table.plainColumn}
    limit 1`.execute(db.owner);
  return rows[0] ? { literal: rows[0].value ?? "", type: rows[0].type } : null;
}

/** Runs one statement in B's scope and returns the rows of A it reached. */
async function reachedRowsOfA(
  scope: TenantScope | null,
  table: TableInfo,
  operation: Operation,
): Promise<{ reached: string[]; error?: string }> {
  notices.length = 0;
  await client.query("begin");
  try {
    if (scope) for (const [name, value] of scopeSettings(scope)) await client.query("select set_config($1, $2, true)", [name, value]);
    let rows: Record<string, unknown>[] = [];
    try {
      if (operation === "select") {
        rows = (await client.query<{ row: Record<string, unknown> }>(`select to_jsonb(t) as row from ${table.name} t`)).rows.map(
          (r) => r.row,
        );
      } else if (operation === "update") {
        const value = await valueFor(table);
        const column = table.plainColumn ?? table.columns[0]!;
        const assignment = value ? `$1::${value.type}` : column;
        await client.query(`update ${table.name} set ${column} = ${assignment}`, value ? [value.literal] : []);
      } else {
        await client.query(`delete from ${table.name}`);
      }
    } catch (error) {
      // Refused by a constraint or trigger: the probe still saw every row the statement reached.
      rows.push(...probedRows(table.name));
      return { reached: ofA(table.name, rows), error: (error as Error).message };
    }
    rows.push(...probedRows(table.name));
    return { reached: ofA(table.name, rows) };
  } finally {
    await client.query("rollback");
  }
}

function probedRows(table: string): Record<string, unknown>[] {
  return notices
    .filter((n) => n.startsWith(`rls-probe|${table}|`))
    .map((n) => JSON.parse(n.slice(`rls-probe|${table}|`.length)) as Record<string, unknown>);
}

function ofA(table: string, rows: Record<string, unknown>[]): string[] {
  return rows.filter((row) => ownerOf(table, row) === "A").map((row) => JSON.stringify(row).slice(0, 160));
}

describe("row-level security matrix (straight SQL, no WHERE)", () => {
  it("has a row of tenant A in every table with row-level security, so every case below can fail", async () => {
    const empty: string[] = [];
    for (const table of tables) {
      const { rows } = await sql<{ row: Record<string, unknown> }>`select to_jsonb(t) as row from ${sql.table(table.name)} t`.execute(
        db.owner,
      );
      if (!rows.some((r) => ownerOf(table.name, r.row) === "A")) empty.push(table.name);
    }
    expect(empty, "add rows for these tables to tests/integration/helpers/tenant-world.ts").toEqual([]);
    expect(tables.length).toBeGreaterThan(20);
  });

  it("lets no role of another tenant see, update or delete a row of tenant A", async () => {
    const breaches: string[] = [];
    let cases = 0;
    for (const { label, scope } of scopes) {
      const allowed = scope ? (NATIONAL_ALLOWED[scope.role] ?? {}) : {};
      for (const table of tables) {
        for (const operation of ["select", "update", "delete"] as const) {
          cases++;
          if (allowed[table.name]?.ops.includes(operation)) continue;
          const { reached } = await reachedRowsOfA(scope, table, operation);
          if (reached.length > 0)
            breaches.push(`${label}: ${operation} ${table.name} reached ${reached.length} row(s) of A, e.g. ${reached[0]}`);
        }
      }
    }
    console.info(`RLS matrix: ${cases} cases (${scopes.length} scopes x ${tables.length} tables x 3 operations)`);
    expect(breaches).toEqual([]);
  });

  it("lets tenant A's own coordinator see its own rows (the probe is not blind)", async () => {
    const { reached } = await reachedRowsOfA(
      a.scopeOf("placement_coordinator"),
      tables.find((t) => t.name === "placement_requests")!,
      "select",
    );
    expect(reached.length).toBe(3);
    const updated = await reachedRowsOfA(
      a.scopeOf("placement_coordinator"),
      tables.find((t) => t.name === "offers")!,
      "update",
    );
    expect(updated.reached.length).toBeGreaterThan(0);
  });
});
