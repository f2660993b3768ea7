import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publish, type PublishedTable } from "./publish.ts";
import { cellKey, type DisclosureTable } from "./table.ts";
import { flowTables, twoWeeks } from "../../../../tests/helpers/disclosure/arbitrary.ts";
import { attack, isSmallCount, unprotected } from "../../../../tests/helpers/disclosure/attacker.ts";
import {
  outOfRegionAreaTable,
  outOfRegionTable,
  publishPrimaryOnly,
  unchangedCells,
  WEEK_1,
  WEEK_2,
} from "../../../../tests/helpers/disclosure/scenario.ts";

const G1 = cellKey.region("out", "G1");
const TWO_WEEKS_SEED = 20261126;
const observed = (table: DisclosureTable, published: PublishedTable) => ({ shape: table, published });

describe("the attacker: a linear program over everything published", () => {
  const week1 = outOfRegionTable(WEEK_1);
  const week2 = outOfRegionTable(WEEK_2);

  it("reads the scenario as the issue tells it: G1 has 3 children out of the region in both weeks", () => {
    expect(week1.cells[G1]).toBe(3);
    expect(week2.cells[G1]).toBe(3);
    expect(unchangedCells(week1, week2)).toContain(G1);
  });

  it('learns nothing beyond "<10" about G1, from the supra area, the country, the flow matrix or the previous week', () => {
    const first = publish(week1);
    const second = publish(week2, { table: week1, published: first });
    expect(first[G1]).toEqual({ kind: "suppressed", reason: "small" });
    expect(second[G1]).toEqual({ kind: "suppressed", reason: "small" });
    expect(first[cellKey.national("out")]?.kind).toBe("value");
    const intervals = attack([observed(week1, first), observed(week2, second)], { unchanged: unchangedCells(week1, week2) });
    expect(intervals.filter((i) => i.key === G1)).toEqual([
      { release: 0, key: G1, lo: 1, hi: 9 },
      { release: 1, key: G1, lo: 1, hi: 9 },
    ]);
    const releases = [observed(week1, first), observed(week2, second)];
    expect(unprotected(releases, { unchanged: unchangedCells(week1, week2) })).toEqual([]);
    // Every interval holds the truth (else the attacker model, not the module, is wrong).
    for (const i of intervals) {
      const truth = (i.release === 0 ? week1 : week2).cells[i.key]!;
      expect(truth >= i.lo && truth <= i.hi).toBe(true);
    }
  });

  it("has teeth: with primary suppression only, the supra-area total alone narrows G1's 3 down", () => {
    const area = outOfRegionAreaTable(WEEK_1);
    const naive = publishPrimaryOnly(area);
    // noord = G1 + G2 + G3 = 3 + 10 + 10 = 23, published as 25; G2 and G3 as 10 (so 10..12): G1 <= 7.
    expect(naive[cellKey.supraArea("out", "noord")]).toEqual({ kind: "value", value: 25 });
    expect(attack([observed(area, naive)]).find((i) => i.key === G1)).toEqual({ release: 0, key: G1, lo: 1, hi: 7 });
    expect(unprotected([observed(area, naive)]).map((i) => i.key)).toEqual([G1]);
    // The module hides enough that the same attacker is left with all of 1..9.
    const safe = publish(area);
    expect(attack([observed(area, safe)]).find((i) => i.key === G1)).toEqual({ release: 0, key: G1, lo: 1, hi: 9 });
    expect(unprotected([observed(area, safe)])).toEqual([]);
  });

  it("has teeth: with primary suppression only, the flow matrix and totals narrow it further", () => {
    const naive = publishPrimaryOnly(week1);
    expect(naive[G1]).toEqual({ kind: "suppressed", reason: "small" });
    // Column H1 (in: 51, shown as 50) minus H2 -> H1 (20) and H3 -> H1 (28, shown as 30) leaves G1 -> H1 <= 6.
    const intervals = attack([observed(week1, naive)]);
    expect(intervals.find((i) => i.key === G1)).toEqual({ release: 0, key: G1, lo: 1, hi: 6 });
    expect(intervals.find((i) => i.key === cellKey.flow("out", "G1", "H1"))).toEqual({
      release: 0,
      key: cellKey.flow("out", "G1", "H1"),
      lo: 1,
      hi: 6,
    });
    expect(unprotected([observed(week1, naive)]).map((i) => i.key)).toEqual(expect.arrayContaining([cellKey.flow("out", "G1", "H1"), G1]));
  });

  it("has teeth: without rounding, primary suppression only gives the 3 away exactly", () => {
    const naive = publishPrimaryOnly(week1, false);
    const intervals = attack([observed(week1, naive)], { margin: 0 });
    expect(intervals.find((i) => i.key === G1)).toEqual({ release: 0, key: G1, lo: 3, hi: 3 });
  });
});

describe("the attacker on random tables", () => {
  // On the fixed examples above the attacker learns nothing beyond the marks. On random tables the
  // per-relation rule is a heuristic, and the promise is the minimum: no small count is given
  // away (docs/disclosure-control.md, "What is not covered", has the measured widths). Over two weeks
  // it is broken about 4 times in 10,000 random pairs (tests/helpers/disclosure/leak-rate.ts), a leak
  // only a linear-program audit per release closes; that test draws a fixed set of pairs so that a
  // regression fails it every time and the known rare pair does not fail it at random.
  it("pins no hidden cell of one release", () => {
    fc.assert(
      fc.property(flowTables, (table) => {
        expect(attack([observed(table, publish(table))]).filter((i) => i.hi <= i.lo)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("pins no small cell over two consecutive weeks, knowing which cells did not change", () => {
    fc.assert(
      fc.property(twoWeeks, ([week1, week2]) => {
        const first = publish(week1);
        const second = publish(week2, { table: week1, published: first });
        const intervals = attack([observed(week1, first), observed(week2, second)], { unchanged: unchangedCells(week1, week2) });
        expect(intervals.filter((i) => isSmallCount([first, second], i) && i.hi <= i.lo)).toEqual([]);
      }),
      { numRuns: 100, seed: TWO_WEEKS_SEED },
    );
  });
});
