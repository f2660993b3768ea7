import { parseArgs } from "node:util";
import { formatTable, missed } from "./report.ts";
import { runBench } from "./run.ts";

// `pnpm bench [--scale N] [--no-growth]`: loads the synthetic country into the embedded PostgreSQL,
// measures, prints one table, and exits non-zero when an enforced budget is missed.
const { values } = parseArgs({
  options: { scale: { type: "string", default: "1" }, "no-growth": { type: "boolean", default: false } },
});
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 2)) {
  console.error("--scale takes a number in (0, 2]: 1 is national scale, 0.1 a tenth of it");
  process.exit(2);
}
const started = Date.now();
const report = await runBench({ scale, growth: !values["no-growth"], log: (line) => console.log(`[bench] ${line}`) });
console.log(`\nJeugdregie bench, scale ${scale} (${Math.round((Date.now() - started) / 1000)} s)\n`);
console.log(formatTable(report));
const failures = missed(report);
console.log(failures.length ? `\n${failures.length} enforced budget(s) missed.` : "\nAll enforced budgets met.");
process.exit(failures.length ? 1 : 0);
