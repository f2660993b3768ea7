import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Kysely, PostgresDialect, type CompiledQuery } from "kysely";
import pg from "pg";
import { createDatabase, type Database, type DB } from "@jeugdregie/db";
import { LIST_PROCEDURES } from "./measures/lists.ts";
import { BENCH_SEED } from "./run.ts";
import { Sessions } from "./sessions.ts";
import { loadedDatabase, startBenchEnv } from "./setup.ts";
import { pickSubjects } from "./subjects.ts";

/*
 * `node --import tsx tests/bench/explain.ts --scale 0.1`: loads the synthetic country, calls every
 * list procedure of the bench as its person, records the statements it runs, and prints the plan
 * (EXPLAIN ANALYZE, BUFFERS) of its page statement twice: as the application role under the
 * caller's scope (RLS) and as the owner. This is how the plans in docs/benchmarks.md were read.
 */
const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "0.1" },
    only: { type: "string" },
    costs: { type: "boolean", default: false },
    // the country tests/bench/hold.ts keeps loaded (its full scale) instead of loading one
    held: { type: "boolean", default: false },
  },
});

function recordingDatabase(url: string, log: CompiledQuery[]): Database {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === "query") log.push(event.query);
    },
  });
}

async function explain(url: string, statements: readonly CompiledQuery[], target: CompiledQuery): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin");
    for (const s of statements) if (s.sql.includes("set_config")) await client.query(s.sql, [...s.parameters]);
    const options = `analyze, buffers, costs ${values.costs ? "on" : "off"}`;
    await client.query(`explain (${options}) ${target.sql}`, [...target.parameters]); // warm
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`explain (${options}) ${target.sql}`, [...target.parameters]);
    await client.query("rollback");
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  } finally {
    await client.end();
  }
}

async function country(): Promise<{ appUrl: string; ownerUrl: string; owner: Database; end(): Promise<void> }> {
  if (values.held) {
    const held = JSON.parse(readFileSync(new URL("../../.data/bench/held.json", import.meta.url), "utf8")) as {
      full: { owner: string; app: string };
    };
    const owner = createDatabase(held.full.owner);
    return { appUrl: held.full.app, ownerUrl: held.full.owner, owner, end: () => owner.destroy() };
  }
  const env = await startBenchEnv();
  const loaded = await loadedDatabase(env, `bench_explain_${process.pid}`, Number(values.scale), new Date(), BENCH_SEED);
  return { ...loaded, end: () => loaded.drop().then(() => env.stop()) };
}

const db = await country();
try {
  const log: CompiledQuery[] = [];
  const app = recordingDatabase(db.appUrl, log);
  const owner = recordingDatabase(db.ownerUrl, []);
  const sessions = new Sessions(app, owner);
  const subjects = await pickSubjects(db.owner, 1);
  for (const list of LIST_PROCEDURES) {
    if (values.only && !list.name.includes(values.only)) continue;
    const caller = await sessions.caller(subjects[list.as], "app");
    log.length = 0;
    await list.call(caller);
    const statements = [...log];
    const page = statements.find((s) => s.sql.includes("page_cursor")) ?? statements.filter((s) => !s.sql.includes("set_config")).at(-1)!;
    console.log(`\n=== ${list.name} (as ${list.as})\n--- SQL\n${page.sql}`);
    console.log(`--- as the application role (RLS)\n${await explain(db.appUrl, statements, page)}`);
    console.log(`--- as the owner\n${await explain(db.ownerUrl, statements, page)}`);
  }
  await Promise.all([app.destroy(), owner.destroy()]);
} finally {
  await db.end();
}
