import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createDatabase, runMigrations, type Database } from "@jeugdregie/db";
import { describeDatabase, describeKyselySchema, schemaDrift, type SchemaShape } from "./helpers/schema-drift.ts";

/**
 * The Kysely types cannot drift from the database: a fresh database is migrated, its catalog read,
 * and every table, column, nullability and (coarse) type compared with packages/db/src/schema.ts.
 */
const name = `drift_${randomBytes(6).toString("hex")}`;
let db: Database;
let kysely: SchemaShape;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: inject("adminUrl") });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

beforeAll(async () => {
  await admin(`create database ${name}`);
  const url = new URL(inject("adminUrl"));
  url.pathname = `/${name}`;
  await runMigrations(url.toString(), inject("appPassword"));
  db = createDatabase(url.toString(), { max: 2 });
  kysely = describeKyselySchema();
});

afterAll(async () => {
  await db?.destroy();
  await admin(`drop database if exists ${name}`);
});

describe("schema.ts and the migrated database", () => {
  it("name the same tables and columns, with the same nullability and types", async () => {
    const database = await describeDatabase(db);
    expect(database.size).toBeGreaterThan(30);
    expect(schemaDrift(database, kysely)).toEqual([]);
  });

  it("differ as soon as a migration adds a column, a table, a null or a status schema.ts does not know", async () => {
    await sql`alter table regions add column drift_probe text`.execute(db);
    await sql`create table drift_probe_table (id uuid primary key)`.execute(db);
    await sql`alter table providers alter column kvk drop not null`.execute(db);
    // A status the domain's union does not know yet.
    await sql`alter table offers drop constraint offers_status_check`.execute(db);
    await sql`alter table offers add constraint offers_status_check check (status in ('open', 'accepted', 'declined', 'expired', 'withdrawn', 'paused'))`.execute(
      db,
    );
    try {
      expect(schemaDrift(await describeDatabase(db), kysely)).toEqual([
        "schema.ts lacks table drift_probe_table",
        "offers.status allows accepted, declined, expired, open, paused, withdrawn in the database, schema.ts says accepted, declined, expired, open, withdrawn",
        "providers.kvk is nullable in the database, not null in schema.ts",
        "schema.ts lacks column regions.drift_probe",
      ]);
    } finally {
      await sql`alter table regions drop column drift_probe`.execute(db);
      await sql`drop table drift_probe_table`.execute(db);
      await sql`update providers set kvk = '' where kvk is null`.execute(db);
      await sql`alter table providers alter column kvk set not null`.execute(db);
      await sql`alter table offers drop constraint offers_status_check`.execute(db);
    }
  });
});
