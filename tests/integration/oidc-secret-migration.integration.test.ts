import { randomBytes } from "node:crypto";
import pg from "pg";
import { sql } from "kysely";
import { Migrator } from "kysely/migration";
import { afterAll, beforeAll, expect, it, inject } from "vitest";
import { appDatabaseUrl, createDatabase, getOidcSettings, oidcConfigForRegion, withTenant, type Database } from "@jeugdregie/db";
import { migrations } from "@jeugdregie/db/migrations/index";
import { testCrypto } from "./helpers/api.ts";

/*
 * A client secret stored in clear before secrets were encrypted must not keep working in clear:
 * the migration drops it, and the region admin enters it again (the settings say so).
 */
const name = `test_${randomBytes(6).toString("hex")}`;
let owner: Database;
let app: Database;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: inject("adminUrl") });
  await client.connect();
  await client.query(statement);
  await client.end();
}

beforeAll(async () => {
  await admin(`create database ${name}`);
  const url = new URL(inject("adminUrl"));
  url.pathname = `/${name}`;
  owner = createDatabase(url.toString(), { max: 2 });
  app = createDatabase(appDatabaseUrl(url.toString(), inject("appPassword")), { max: 2 });
});
afterAll(async () => {
  await Promise.all([owner.destroy(), app.destroy()]);
  await admin(`drop database if exists ${name} with (force)`);
});

it("drops a plaintext client secret instead of keeping it in clear", async () => {
  const names = Object.keys(migrations);
  const before = names[names.indexOf("0011_secrets_outbox") - 1];
  expect(before).toBeDefined();
  const migrator = new Migrator({ db: owner, provider: { getMigrations: async () => migrations } });
  expect((await migrator.migrateTo(before!)).error).toBeUndefined();

  const region = (await sql<{ id: string }>`insert into regions (code, name) values ('oud', 'Oud') returning id`.execute(owner)).rows[0]!
    .id;
  await sql`insert into oidc_providers (region_id, issuer, client_id, client_secret)
            values (${region}, 'https://idp.example.test', 'jeugdregie', 'plaintext-from-before')`.execute(owner);

  expect((await migrator.migrateToLatest()).error).toBeUndefined();
  const { rows } = await sql`select * from oidc_providers`.execute(owner);
  expect(JSON.stringify(rows)).not.toContain("plaintext-from-before");
  expect(rows).toHaveLength(1);
  // Login through the identity provider is off until the admin enters the secret again.
  expect(await oidcConfigForRegion(app, "oud", testCrypto)).toBeUndefined();
  const adminScope = {
    userId: "00000000-0000-0000-0000-000000000000",
    role: "region_admin" as const,
    regionId: region,
    providerId: null,
    supraRegionId: null,
  };
  expect(await withTenant(app, adminScope, (tx) => getOidcSettings(tx, region))).toMatchObject({
    clientId: "jeugdregie",
    secretSet: false,
  });
});
