import fc from "fast-check";
import { publish } from "@jeugdregie/domain";
import { flowTables, twoWeeks } from "./arbitrary.ts";
import { attack, isSmallCount } from "./attacker.ts";
import { unchangedCells } from "./scenario.ts";

/*
 * `node --import tsx tests/helpers/disclosure/leak-rate.ts [runs] [seed]`: how often the attacker pins
 * a hidden cell on random tables, in one release and over two consecutive weeks (knowing which cells
 * did not change). The per-relation rule is a heuristic; docs/disclosure-control.md quotes this
 * script's figures.
 */
const runs = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 7);

let oneRelease = 0;
for (const table of fc.sample(flowTables, { numRuns: runs, seed })) {
  if (attack([{ shape: table, published: publish(table) }]).some((i) => i.hi <= i.lo)) oneRelease++;
}
let twoWeeksSmall = 0;
let twoWeeksAny = 0;
for (const [week1, week2] of fc.sample(twoWeeks, { numRuns: runs, seed })) {
  const first = publish(week1);
  const second = publish(week2, { table: week1, published: first });
  const pinned = attack(
    [
      { shape: week1, published: first },
      { shape: week2, published: second },
    ],
    { unchanged: unchangedCells(week1, week2) },
  ).filter((i) => i.hi <= i.lo);
  if (pinned.length > 0) twoWeeksAny++;
  if (pinned.some((i) => isSmallCount([first, second], i))) twoWeeksSmall++;
}
console.log(
  `${runs} random tables, seed ${seed}: one release, a hidden cell pinned in ${oneRelease}; ` +
    `two weeks, a small cell pinned in ${twoWeeksSmall} (any hidden cell: ${twoWeeksAny}).`,
);
