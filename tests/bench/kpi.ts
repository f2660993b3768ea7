import { parseArgs } from "node:util";
import { formatTable } from "./report.ts";
import { kpiRows, timeKpiSnapshots } from "./measures/kpi.ts";
import { BENCH_SEED } from "./run.ts";
import { loadedDatabase, startBenchEnv } from "./setup.ts";

/*
 * `node --import tsx tests/bench/kpi.ts --scale 1`: loads the synthetic country and measures only
 * the KPI snapshots of every region for last month (the row `pnpm bench` has too), three times:
 * the first run writes the snapshots, the next ones replace them (the monthly job run again).
 * The figures in docs/benchmarks.md ("KPI snapshots") come from here.
 */
const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, runs: { type: "string", default: "3" } } });
const scale = Number(values.scale);
const env = await startBenchEnv();
try {
  const now = new Date();
  const db = await loadedDatabase(env, `bench_kpi_${process.pid}`, scale, now, BENCH_SEED);
  try {
    const { history } = db.load;
    console.log(`scale ${scale}: ${history.requests} requests, ${history.offers} offers, ${history.placements} placements`);
    for (let run = 1; run <= Number(values.runs); run++) {
      const result = await timeKpiSnapshots(db.app, now);
      console.log(
        formatTable({ scale, rows: kpiRows(result, scale >= 0.5), load: [] })
          .split("\n")
          .at(-1),
      );
    }
  } finally {
    await db.drop();
  }
} finally {
  await env.stop();
}
