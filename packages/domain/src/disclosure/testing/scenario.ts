import { publishCount } from "../rules.ts";
import type { PublishedTable } from "../publish.ts";
import { flowTable, type DisclosureTable, type RegionCount, type RegionFlow } from "../table.ts";

/**
 * The example as two weekly releases of the out-of-region figures of six regions in two
 * supra areas: region G1 has 3 children placed outside it (2 in G2, 1 in H1) in both weeks.
 * Test-only.
 */
const SUPRA: Record<string, string> = { G1: "noord", G2: "noord", G3: "noord", H1: "zuid", H2: "zuid", H3: "zuid" };

/** Flows per home region, in the order G1, G2, G3, H1, H2, H3 (the diagonal is not a flow out of the region). */
type Matrix = Record<string, number[]>;

export const WEEK_1: Matrix = {
  G1: [0, 2, 0, 1, 0, 0],
  G2: [14, 0, 22, 5, 0, 11],
  G3: [30, 18, 0, 0, 7, 0],
  H1: [0, 12, 0, 0, 26, 33],
  H2: [4, 0, 16, 20, 0, 45],
  H3: [0, 9, 0, 28, 13, 0],
};

export const WEEK_2: Matrix = {
  ...WEEK_1,
  G2: [14, 0, 25, 5, 0, 11],
  H2: [6, 0, 16, 20, 0, 41],
  H3: [0, 9, 0, 31, 13, 0],
};

export function outOfRegionTable(matrix: Matrix, metric = "out"): DisclosureTable {
  const ids = Object.keys(SUPRA);
  const flows: RegionFlow[] = ids.flatMap((from) =>
    ids.map((to, j) => ({ fromRegionId: from, toRegionId: to, count: matrix[from]![j]! })).filter((f) => f.fromRegionId !== f.toRegionId),
  );
  const regions: RegionCount[] = ids.map((regionId) => ({
    regionId,
    supraAreaId: SUPRA[regionId]!,
    count: matrix[regionId]!.reduce((sum, n) => sum + n, 0),
  }));
  return flowTable(metric, regions, flows);
}

/** The straw man: every cell on its own (small counts hidden, the rest rounded), no secondary suppression. */
export function publishPrimaryOnly(table: DisclosureTable, round = true): PublishedTable {
  return Object.fromEntries(
    Object.keys(table.cells)
      .sort()
      .map((key) => {
        const published = publishCount(table.cells[key]!);
        return [key, !round && published.kind === "value" ? { kind: "value" as const, value: table.cells[key]! } : published];
      }),
  );
}

/** The cells an attacker may know did not change between two releases (the strongest attacker: all of them). */
export function unchangedCells(before: DisclosureTable, after: DisclosureTable): string[] {
  return Object.keys(after.cells).filter((key) => before.cells[key] === after.cells[key]);
}
