import {
  areaTable,
  flowTable,
  publishCount,
  type DisclosureTable,
  type Published,
  type PublishedTable,
  type RegionCount,
  type RegionFlow,
} from "@jeugdregie/domain";

/**
 * The example as two weekly releases of the out-of-region figures of six regions in two
 * supra areas: region G1 has 3 children placed outside it (all three in H1) in both weeks, and its
 * neighbours G2 and G3 have exactly 10 each, so that the supra area's total comes close to giving
 * the 3 away.
 */
const SUPRA: Record<string, string> = { G1: "noord", G2: "noord", G3: "noord", H1: "zuid", H2: "zuid", H3: "zuid" };

/** Flows per home region, to G1, G2, G3, H1, H2, H3 (the diagonal is not a flow out of the region). */
type Matrix = Record<string, number[]>;

export const WEEK_1: Matrix = {
  G1: [0, 0, 0, 3, 0, 0],
  G2: [0, 0, 0, 0, 10, 0],
  G3: [0, 0, 0, 0, 0, 10],
  H1: [0, 12, 0, 0, 26, 33],
  H2: [4, 0, 16, 20, 0, 45],
  H3: [0, 9, 0, 28, 13, 0],
};

export const WEEK_2: Matrix = {
  ...WEEK_1,
  H2: [6, 0, 16, 20, 0, 41],
  H3: [0, 9, 0, 31, 13, 0],
};

/** The region counts of a matrix with their supra areas and national total, without the flows. */
export function outOfRegionAreaTable(matrix: Matrix, metric = "out"): DisclosureTable {
  return areaTable(metric, regionCounts(matrix));
}

function regionCounts(matrix: Matrix): RegionCount[] {
  return Object.keys(SUPRA).map((regionId) => ({
    regionId,
    supraAreaId: SUPRA[regionId]!,
    count: matrix[regionId]!.reduce((sum, n) => sum + n, 0),
  }));
}

export function outOfRegionTable(matrix: Matrix, metric = "out"): DisclosureTable {
  const ids = Object.keys(SUPRA);
  const flows: RegionFlow[] = ids.flatMap((from) =>
    ids.map((to, j) => ({ fromRegionId: from, toRegionId: to, count: matrix[from]![j]! })).filter((f) => f.fromRegionId !== f.toRegionId),
  );
  return flowTable(metric, regionCounts(matrix), flows);
}

/** The straw man: every cell on its own (small counts hidden, the rest rounded), no secondary suppression. */
export function publishPrimaryOnly(table: DisclosureTable, round = true): PublishedTable {
  return Object.fromEntries(
    Object.keys(table.cells)
      .sort()
      .map((key): [string, Published] => {
        const published = publishCount(table.cells[key]!);
        return [key, !round && published.kind === "value" ? { kind: "value" as const, value: table.cells[key]! } : published];
      }),
  );
}

/** The cells an attacker may know did not change between two releases (the strongest attacker: all of them). */
export function unchangedCells(before: DisclosureTable, after: DisclosureTable): string[] {
  return Object.keys(after.cells).filter((key) => before.cells[key] === after.cells[key]);
}
