import { ROUNDING_MARGIN, SMALL_COUNT_THRESHOLD, type DisclosureTable, type Published, type PublishedTable } from "@jeugdregie/domain";
import { range, type Equality, type LinearProgram } from "./linear-program.ts";

/**
 * The attacker of the disclosure tests. He knows the shape of every release (which totals sum which
 * parts: the relations are public, they are what a table means) and everything published, and reads
 * a published count as its true value give or take the rounding margin, "<10" as 1..9, and any other
 * hidden count as 10 or more. Between releases he may know that a cell did not change (the same three
 * children still placed out of the region): `unchanged` links those cells. For every hidden cell he
 * solves two linear programs for the least and greatest true value consistent with all of that.
 * Where the relations form a hierarchy or a two-way table the constraint matrix is totally unimodular,
 * so the linear bounds are also the bounds an integer attacker gets (up to rounding the bounds inward).
 */
export interface ObservedRelease {
  /** Only the relations and cell names are used: the true values are not the attacker's. */
  shape: Pick<DisclosureTable, "relations"> & { cells: Record<string, unknown> };
  published: PublishedTable;
}

export type Units = "count" | "money";

export interface Interval {
  release: number;
  key: string;
  lo: number;
  hi: number;
}

export interface AttackOptions {
  /** Cells the attacker knows did not change between consecutive releases. */
  unchanged?: string[];
  units?: Units;
  /** How far a published count may be from the truth: the rounding margin, or 0 for a straw man that does not round. */
  margin?: number;
}

function bounds(published: Published, units: Units, margin: number): { lo: number; hi: number } {
  if (units === "money") return published.kind === "value" ? { lo: published.value, hi: published.value } : { lo: 0, hi: Infinity };
  if (published.kind === "suppressed")
    return published.reason === "small" ? { lo: 1, hi: SMALL_COUNT_THRESHOLD - 1 } : { lo: SMALL_COUNT_THRESHOLD, hi: Infinity };
  if (published.value === 0) return { lo: 0, hi: 0 };
  return { lo: Math.max(SMALL_COUNT_THRESHOLD, published.value - margin), hi: published.value + margin };
}

/** The linear program of everything published, with the variable index of each (release, cell). */
export function attackerProgram(
  releases: ObservedRelease[],
  { unchanged = [], units = "count", margin = ROUNDING_MARGIN }: AttackOptions = {},
) {
  const index = new Map<string, number>();
  const lower: number[] = [];
  const upper: number[] = [];
  const equalities: Equality[] = [];
  releases.forEach((release, r) => {
    for (const key of Object.keys(release.shape.cells).sort()) {
      const published = release.published[key];
      if (!published) throw new Error(`Cell ${key} of release ${r} was not published at all.`);
      const b = bounds(published, units, margin);
      index.set(`${r}|${key}`, lower.length);
      lower.push(b.lo);
      upper.push(b.hi);
    }
    for (const { total, parts } of release.shape.relations) {
      equalities.push({
        terms: [[index.get(`${r}|${total}`)!, -1], ...parts.map((p): [number, number] => [index.get(`${r}|${p}`)!, 1])],
        rhs: 0,
      });
    }
  });
  for (const key of unchanged) {
    for (let r = 1; r < releases.length; r++) {
      equalities.push({
        terms: [
          [index.get(`${r - 1}|${key}`)!, 1],
          [index.get(`${r}|${key}`)!, -1],
        ],
        rhs: 0,
      });
    }
  }
  const program: LinearProgram = { lower, upper, equalities };
  return { program, index };
}

/** Whether an interval is that of a cell its release showed as "<10" (`published` per release). */
export function isSmallCount(published: PublishedTable[], interval: Interval): boolean {
  const p = published[interval.release]![interval.key];
  return p?.kind === "suppressed" && p.reason === "small";
}

/** For every hidden cell of every release: the interval of true values the attacker cannot rule out. */
export function attack(releases: ObservedRelease[], options: AttackOptions = {}): Interval[] {
  const { program, index } = attackerProgram(releases, options);
  return releases.flatMap((release, r) =>
    Object.keys(release.shape.cells)
      .sort()
      .filter((key) => release.published[key]?.kind === "suppressed")
      .map((key) => {
        const { lo, hi } = range(program, index.get(`${r}|${key}`)!);
        // True counts are whole numbers: an integer attacker rounds the bounds inward.
        return options.units !== "money"
          ? { release: r, key, lo: Math.ceil(lo - 1e-6), hi: Math.floor(hi + 1e-6) }
          : { release: r, key, lo, hi };
      }),
  );
}

/**
 * What the marks alone say: zeros and "<10" kept, every other published figure replaced by "some
 * count of 10 or more". "0 stays 0" and "<10" are the rule itself, so what they give away (a small
 * region total whose two flows both say "<10" is at least 2) is the baseline a release is held to:
 * the published numbers must add nothing to it.
 */
export function marksOnly(published: PublishedTable): PublishedTable {
  return Object.fromEntries(
    Object.entries(published).map(([key, p]): [string, Published] =>
      p.kind === "value" && p.value !== 0 ? [key, { kind: "suppressed", reason: "secondary" }] : [key, p],
    ),
  );
}

/**
 * The hidden cells an attacker narrows beyond the baseline: a small cell whose interval is narrower
 * than the marks alone allow, or any other hidden cell he pins to one value.
 */
export function unprotected(releases: ObservedRelease[], options: AttackOptions = {}): Interval[] {
  const intervals = attack(releases, options);
  const baseline = attack(
    releases.map((r) => ({ ...r, published: marksOnly(r.published) })),
    { ...options, margin: 0 },
  );
  const base = new Map(baseline.map((b) => [`${b.release}|${b.key}`, b]));
  return intervals.filter((interval) => {
    const published = releases[interval.release]!.published[interval.key];
    const marks = base.get(`${interval.release}|${interval.key}`)!;
    if (published?.kind === "suppressed" && published.reason === "small") return interval.lo > marks.lo || interval.hi < marks.hi;
    return interval.hi <= interval.lo;
  });
}
