import { mkdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { parseEnv, removeRuntimeData, startRuntime, type Runtime } from "@jeugdregie/config";
import { runMigrations } from "@jeugdregie/db";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    redisUrl: string;
    templateDatabase: string;
    appPassword: string;
  }
}

export const TEMPLATE_DATABASE = "jr_template";
const repoRoot = new URL("../..", import.meta.url).pathname;

let runtime: Runtime | undefined;
let dataDir: string | undefined;

/**
 * One real PostgreSQL and Redis for the run, started by the platform's own runtime code;
 * a migrated template database that every test file clones into a database of its own.
 */
export async function setup(project: TestProject) {
  dataDir = join(repoRoot, ".data", "test-runs", `integration-${process.pid}`);
  removeRuntimeData(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const env = parseEnv({ DATA_DIR: dataDir, DATABASE_URL: process.env.TEST_DATABASE_URL, REDIS_URL: process.env.TEST_REDIS_URL });
  runtime = await startRuntime(env);

  const admin = new pg.Client({ connectionString: runtime.databaseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = new URL(runtime.databaseUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await runMigrations(templateUrl.toString(), env.APP_DB_PASSWORD);

  project.provide("adminUrl", runtime.databaseUrl);
  project.provide("redisUrl", runtime.redisUrl);
  project.provide("templateDatabase", TEMPLATE_DATABASE);
  project.provide("appPassword", env.APP_DB_PASSWORD);
}

export async function teardown() {
  await runtime?.stop();
  if (dataDir) removeRuntimeData(dataDir);
}
