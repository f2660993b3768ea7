import { parseArgs } from "node:util";
import { readReferenceMunicipalities } from "@jeugdregie/db";
import { generateCountry, simulateHistory } from "@jeugdregie/domain";
import { BENCH_SEED } from "./run.ts";

// `node --import tsx tests/bench/generate.ts [--scale N] [--days D]`: generates the synthetic country in
// memory only (no database) and prints what it made and how long it took; the figures in
// docs/synthetic-country.md come from here.
const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, days: { type: "string", default: "1095" } } });
const scale = Number(values.scale);
const days = Number(values.days);
const now = new Date("2026-06-01T10:00:00Z");

const countBy = <T>(rows: T[], key: (row: T) => string) => {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
};

let started = Date.now();
const country = generateCountry({ seed: BENCH_SEED, scale, municipalities: readReferenceMunicipalities() });
const places = country.locations.reduce((sum, l) => sum + l.capacity, 0);
console.log(
  `country in ${Date.now() - started} ms: ${country.regions.length} regions, ${country.providers.length} providers, ` +
    `${country.locations.length} locations (${places} places), ${country.users.length} users`,
);
started = Date.now();
const history = simulateHistory(country, { seed: BENCH_SEED, now, days });
console.log(
  `history in ${Date.now() - started} ms: ${history.children.length} children, ${history.requests.length} requests, ` +
    `${history.offers.length} offers, ${history.placements.length} placements ` +
    `(${history.placements.filter((p) => !p.endedOn).length} running, ` +
    `${history.placements.filter((p) => p.endDestination === "another_placement").length} re-placements)`,
);
console.log(
  "requests by status",
  countBy(history.requests, (r) => r.status),
);
console.log(
  "offers by status",
  countBy(history.offers, (o) => o.status),
);
console.log(`memory ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
