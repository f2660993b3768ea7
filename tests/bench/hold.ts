import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { BENCH_SEED } from "./run.ts";
import { loadedDatabase, startBenchEnv } from "./setup.ts";

/*
 * `node --import tsx tests/bench/hold.ts [--scale 1]`: loads the bench's synthetic country (and a
 * tenth of it, same seed) into the embedded PostgreSQL and keeps it until Ctrl-C, so that
 * `tests/bench/probe.ts` can measure a change in minutes instead of loading the country again
 * (10-45 minutes on 2 cores). Writes the connection URLs to .data/bench/held.json.
 */
const { values } = parseArgs({ options: { scale: { type: "string", default: "1" } } });
const scale = Number(values.scale);
const env = await startBenchEnv();
const started = Date.now();
const now = new Date();
const full = await loadedDatabase(env, "held_full", scale, now, BENCH_SEED);
const tenth = await loadedDatabase(env, "held_tenth", scale / 10, now, BENCH_SEED);
const file = new URL("../../.data/bench/held.json", import.meta.url).pathname;
mkdirSync(new URL("../../.data/bench", import.meta.url).pathname, { recursive: true });
writeFileSync(
  file,
  JSON.stringify({ scale, full: { owner: full.ownerUrl, app: full.appUrl }, tenth: { owner: tenth.ownerUrl, app: tenth.appUrl } }),
);
console.log(
  `[bench] country at scale ${scale} and ${scale / 10} held (${Math.round((Date.now() - started) / 1000)} s); URLs in ${file}. Ctrl-C ends.`,
);
const stop = async () => {
  await Promise.all([full.drop(), tenth.drop()]);
  await env.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
setInterval(() => undefined, 60_000);
