import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { parseEnv, startRuntime } from "@jeugdregie/config";
import { appDatabaseUrl, runMigrations } from "@jeugdregie/db";
import { BENCH_SEED } from "./run.ts";
import { BENCH_SHARED_BUFFERS, loadedDatabase, startBenchEnv } from "./setup.ts";

/*
 * `node --import tsx tests/bench/hold.ts [--scale 1]`: loads the bench's synthetic country (and a
 * tenth of it, same seed) into the embedded PostgreSQL and keeps it until Ctrl-C, so that
 * `tests/bench/probe.ts` can measure a change in minutes instead of loading the country again
 * (10-45 minutes on 2 cores). Writes the connection URLs to .data/bench/held.json.
 *
 * `--reopen .data/bench/<pid>`: starts PostgreSQL again on the data directory of a hold that ended
 * without Ctrl-C (a session that stopped), brings both databases to the current migrations and
 * holds them; the directory is kept when this one ends.
 */
const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, reopen: { type: "string" } } });
const file = new URL("../../.data/bench/held.json", import.meta.url).pathname;
mkdirSync(new URL("../../.data/bench", import.meta.url).pathname, { recursive: true });
const started = Date.now();

let stop: () => Promise<void>;
if (values.reopen) {
  if (!existsSync(`${values.reopen}/postgres`)) throw new Error(`${values.reopen} holds no PostgreSQL data directory`);
  const env = parseEnv({ DATA_DIR: values.reopen, EMBEDDED_PG_SHARED_BUFFERS: BENCH_SHARED_BUFFERS });
  const runtime = await startRuntime(env);
  const urls = (name: string) => {
    const url = new URL(runtime.databaseUrl);
    url.pathname = `/${name}`;
    return { owner: url.toString(), app: appDatabaseUrl(url.toString(), env.APP_DB_PASSWORD) };
  };
  let full: ReturnType<typeof urls>, tenth: ReturnType<typeof urls>;
  try {
    // the country's two databases, whatever an earlier version of this script named them (`*_full`, `*_tenth`)
    const names = await databaseNames(runtime.databaseUrl);
    const named = (suffix: string) => names.find((n) => n.endsWith(suffix)) ?? `held${suffix}`;
    full = urls(named("_full"));
    tenth = urls(named("_tenth"));
    for (const db of [full, tenth]) await runMigrations(db.owner, env.APP_DB_PASSWORD);
  } catch (error) {
    await runtime.stop();
    throw error;
  }
  writeFileSync(file, JSON.stringify({ scale: Number(values.scale), full, tenth, redisUrl: runtime.redisUrl }));
  console.log(`[bench] held country reopened from ${values.reopen} (${Math.round((Date.now() - started) / 1000)} s); URLs in ${file}.`);
  stop = () => runtime.stop();
} else {
  const scale = Number(values.scale);
  const env = await startBenchEnv();
  const now = new Date();
  const full = await loadedDatabase(env, "held_full", scale, now, BENCH_SEED);
  const tenth = await loadedDatabase(env, "held_tenth", scale / 10, now, BENCH_SEED);
  writeFileSync(
    file,
    JSON.stringify({
      scale,
      full: { owner: full.ownerUrl, app: full.appUrl },
      tenth: { owner: tenth.ownerUrl, app: tenth.appUrl },
      redisUrl: env.redisUrl,
    }),
  );
  console.log(
    `[bench] country at scale ${scale} and ${scale / 10} held (${Math.round((Date.now() - started) / 1000)} s); URLs in ${file}. Ctrl-C ends.`,
  );
  stop = async () => {
    await Promise.all([full.drop(), tenth.drop()]);
    await env.stop();
  };
}
async function databaseNames(adminUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query<{ datname: string }>("select datname from pg_database")).rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

const end = () => void stop().then(() => process.exit(0));
process.on("SIGINT", end);
process.on("SIGTERM", end);
setInterval(() => undefined, 60_000);
