// Prints the closing line CI reads ("N passed, N failed") from vitest's JSON report.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".data/test-results.json";
try {
  const report = JSON.parse(readFileSync(file, "utf8"));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`);
} catch (error) {
  console.log(`Tests: no report at ${file} (${error.message})`);
  process.exitCode = 1;
}
