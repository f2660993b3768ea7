import { sql } from "kysely";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { hashPassword } from "@jeugdregie/auth";
import { parseEnv, removeRuntimeData, startRuntime } from "@jeugdregie/config";
import {
  appDatabaseUrl,
  createDatabase,
  DEMO_PASSWORD,
  loadSyntheticCountry,
  runMigrations,
  type Database,
  type LoadReport,
} from "@jeugdregie/db";
import { testCrypto } from "../integration/helpers/api.ts";

const repoRoot = new URL("../..", import.meta.url).pathname;

export interface BenchEnv {
  adminUrl: string;
  redisUrl: string;
  appPassword: string;
  templateDatabase?: string;
  stop(): Promise<void>;
}

/** PostgreSQL and Redis for the bench: given (the test run's), or the platform's embedded runtime under .data/. */
/**
 * The country is about 1.2 GB at national scale. With PostgreSQL's default of 128MB the bench read it
 * through the operating system's page cache, which this machine's memory reclaim (DAMON) empties
 * while a run is idle: the same list measured 2.5 ms in one run and 7 ms in the next. A server for
 * the whole country would hold its working set in shared buffers.
 */
export const BENCH_SHARED_BUFFERS = "2GB";

export async function startBenchEnv(given?: Omit<BenchEnv, "stop">): Promise<BenchEnv> {
  if (given) return { ...given, stop: async () => undefined };
  const dataDir = join(repoRoot, ".data", "bench", String(process.pid));
  removeRuntimeData(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const env = parseEnv({ DATA_DIR: dataDir, EMBEDDED_PG_SHARED_BUFFERS: BENCH_SHARED_BUFFERS });
  const runtime = await startRuntime(env);
  return {
    adminUrl: runtime.databaseUrl,
    redisUrl: runtime.redisUrl,
    appPassword: env.APP_DB_PASSWORD,
    async stop() {
      await runtime.stop();
      removeRuntimeData(dataDir);
    },
  };
}

export interface BenchDatabase {
  name: string;
  owner: Database;
  app: Database;
  ownerUrl: string;
  appUrl: string;
  load: LoadReport;
  drop(): Promise<void>;
}

/** A fresh migrated database loaded with the synthetic country at `scale`. */
export async function loadedDatabase(env: BenchEnv, name: string, scale: number, now: Date, seed: number): Promise<BenchDatabase> {
  const admin = new pg.Client({ connectionString: env.adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(env.templateDatabase ? `create database ${name} template ${env.templateDatabase}` : `create database ${name}`);
  await admin.end();
  const url = new URL(env.adminUrl);
  url.pathname = `/${name}`;
  const ownerUrl = url.toString();
  if (!env.templateDatabase) await runMigrations(ownerUrl, env.appPassword);
  const appUrl = appDatabaseUrl(ownerUrl, env.appPassword);
  const owner = createDatabase(ownerUrl, { max: 10 });
  const app = createDatabase(appUrl, { max: 10 });
  const load = await loadSyntheticCountry(owner, {
    seed,
    scale,
    now,
    cipher: testCrypto,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    trustReferences: scale >= 0.5,
  });
  // A country written a minute ago was never vacuumed: left alone, autovacuum's first pass over half
  // a million offers and placements runs during the measurements (offer expiry p99 1.63 s in that
  // whole run, 0.34 s on the same data an hour later). A live database is vacuumed continuously.
  // (The loader has analyzed it already.)
  await sql`vacuum`.execute(owner);
  return {
    name,
    owner,
    app,
    ownerUrl,
    appUrl,
    load,
    async drop() {
      await Promise.all([owner.destroy(), app.destroy()]);
      const cleanup = new pg.Client({ connectionString: env.adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
