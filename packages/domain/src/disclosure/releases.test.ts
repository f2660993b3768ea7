import { describe, expect, it } from "vitest";
import { publish } from "./publish.ts";
import { areaTable, cellKey, flowTable, type RegionCount } from "./table.ts";
import { unprotected } from "../../../../tests/helpers/disclosure/attacker.ts";
import { unchangedCells } from "../../../../tests/helpers/disclosure/scenario.ts";

const region = (regionId: string, supraAreaId: string, count: number): RegionCount => ({ regionId, supraAreaId, count });
const r = (id: string) => cellKey.region("out", id);

/** A flow matrix of five regions from rows of flows (to R0..R4; the diagonal is ignored). */
function matrix(rows: number[][]) {
  const supra = ["zuid", "noord", "zuid", "noord", "zuid"];
  const ids = supra.map((_, i) => `R${i}`);
  const flows = ids.flatMap((from, i) =>
    ids.map((to, j) => ({ fromRegionId: from, toRegionId: to, count: rows[i]![j]! })).filter((f) => f.fromRegionId !== f.toRegionId),
  );
  return flowTable(
    "out",
    ids.map((id, i) =>
      region(
        id,
        supra[i]!,
        rows[i]!.reduce((sum, n, j) => sum + (i === j ? 0 : n), 0),
      ),
    ),
    flows,
  );
}

describe("consecutive releases", () => {
  it("keeps a cell hidden while it is unchanged, so last week's small cell stays protected", () => {
    const week1 = areaTable("out", [region("A", "N", 3), region("B", "N", 25), region("C", "N", 40), region("D", "Z", 60)]);
    const first = publish(week1);
    expect(first[r("B")]).toEqual({ kind: "suppressed", reason: "secondary" });
    // A grows past the threshold; B did not change. Shown now, B would give last week's A back.
    const week2 = areaTable("out", [region("A", "N", 14), region("B", "N", 25), region("C", "N", 40), region("D", "Z", 60)]);
    const second = publish(week2, { table: week1, published: first });
    expect(second[r("A")]).toEqual({ kind: "value", value: 15 });
    expect(second[r("B")]).toEqual({ kind: "suppressed", reason: "secondary" });
    const releases = [
      { shape: week1, published: first },
      { shape: week2, published: second },
    ];
    expect(unprotected(releases, { unchanged: unchangedCells(week1, week2) })).toEqual([]);
  });

  it("does not hide behind a cell that last week published unchanged", () => {
    const week1 = areaTable("out", [region("A", "N", 3), region("B", "N", 25), region("C", "N", 40), region("D", "Z", 60)]);
    const first = publish(week1);
    expect(first[r("C")]).toEqual({ kind: "value", value: 40 });
    // A is still 3; its complement B dropped to 14 (too close to 10 to absorb A alone). C is the
    // smallest other cell, but the reader has it from last week: something he does not know is hidden.
    const week2 = areaTable("out", [region("A", "N", 3), region("B", "N", 14), region("C", "N", 40), region("D", "Z", 60)]);
    const second = publish(week2, { table: week1, published: first });
    expect(second[r("C")]).toEqual({ kind: "value", value: 40 });
    expect(publish(week2)[r("C")]).toEqual({ kind: "suppressed", reason: "secondary" });
    const releases = [
      { shape: week1, published: first },
      { shape: week2, published: second },
    ];
    expect(unprotected(releases, { unchanged: unchangedCells(week1, week2) })).toEqual([]);
  });

  it("hides a changed complement when a small cell changed and its complements did not (differencing)", () => {
    // R4 -> R2 goes from 1 to 8 while the other hidden cells of column R2 (R0 -> R2, R1 -> R2) stay
    // the same: the change of the column total would be the change of that one small flow.
    const week1 = matrix([
      [0, 6, 16, 2, 75],
      [78, 0, 24, 79, 0],
      [8, 0, 0, 0, 57],
      [13, 18, 0, 0, 7],
      [6, 0, 1, 0, 0],
    ]);
    const week2 = matrix([
      [0, 6, 16, 2, 20],
      [78, 0, 24, 79, 0],
      [8, 0, 0, 0, 57],
      [13, 18, 0, 0, 7],
      [6, 0, 8, 0, 0],
    ]);
    const first = publish(week1);
    const second = publish(week2, { table: week1, published: first });
    expect(first[cellKey.inflow("out", "R2")]?.kind).toBe("value");
    const releases = [
      { shape: week1, published: first },
      { shape: week2, published: second },
    ];
    expect(unprotected(releases, { unchanged: unchangedCells(week1, week2) })).toEqual([]);
  });
});
