import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { hashPassword } from "@jeugdregie/auth";
import { appDatabaseUrl, createDatabase, seedDemo, type Database } from "@jeugdregie/db";

export interface TestDatabase {
  /** Owner connection: bypasses RLS, for arranging fixtures and for assertions about the truth. */
  owner: Database;
  /** The application role, exactly as the platform connects: RLS applies. */
  app: Database;
  ownerUrl: string;
  appUrl: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: one per test file, no shared state. */
export async function createTestDatabase(options: { seedDemo?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject("adminUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject("templateDatabase")}`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const ownerUrl = url.toString();
  const appUrl = appDatabaseUrl(ownerUrl, inject("appPassword"));
  const owner = createDatabase(ownerUrl, { max: 5 });
  const app = createDatabase(appUrl, { max: 60 });
  if (options.seedDemo) await seedDemo(owner, hashPassword);

  return {
    owner,
    app,
    ownerUrl,
    appUrl,
    async drop() {
      await Promise.all([owner.destroy(), app.destroy()]);
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
