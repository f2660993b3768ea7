/**
 * A small dense simplex (two phases, Bland's rule against cycling) for the attacker test: minimise a
 * linear objective over variables with bounds (lower finite, upper finite or Infinity) and linear
 * equalities. Test-only (a test helper); exact enough for the small integer tables
 * the tests publish, where values stay far from floating-point trouble.
 */
export interface Equality {
  /** Coefficient per variable index; absent means zero. */
  terms: Array<[variable: number, coefficient: number]>;
  rhs: number;
}

export interface LinearProgram {
  lower: number[];
  upper: number[];
  equalities: Equality[];
}

export type Solution = { status: "optimal"; value: number; x: number[] } | { status: "infeasible" } | { status: "unbounded" };

const EPS = 1e-9;
const MAX_PIVOTS = 200_000;

interface Tableau {
  rows: Float64Array[];
  /** Reduced costs; the last entry is minus the objective value. */
  cost: Float64Array;
  basis: number[];
  width: number;
}

function pivot(t: Tableau, row: number, col: number): void {
  const p = t.rows[row]!;
  const factor = p[col]!;
  for (let j = 0; j <= t.width; j++) p[j] = p[j]! / factor;
  const eliminate = (r: Float64Array) => {
    const f = r[col]!;
    if (f === 0) return;
    for (let j = 0; j <= t.width; j++) r[j] = r[j]! - f * p[j]!;
  };
  t.rows.forEach((r, i) => i !== row && eliminate(r));
  eliminate(t.cost);
  t.basis[row] = col;
}

/** Runs the simplex on the tableau; columns from `allowed` may enter. */
function iterate(t: Tableau, allowed: number): "optimal" | "unbounded" {
  for (let pivots = 0; pivots < MAX_PIVOTS; pivots++) {
    let col = -1;
    for (let j = 0; j < allowed; j++) {
      if (t.cost[j]! < -EPS) {
        col = j;
        break;
      }
    }
    if (col === -1) return "optimal";
    let row = -1;
    let best = Infinity;
    t.rows.forEach((r, i) => {
      if (r[col]! <= EPS) return;
      const ratio = r[t.width]! / r[col]!;
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && t.basis[i]! < t.basis[row]!)) {
        best = ratio;
        row = i;
      }
    });
    if (row === -1) return "unbounded";
    pivot(t, row, col);
  }
  throw new Error("The simplex did not finish: cycling or a far too large program.");
}

/** Minimises objective . x over the program. */
export function minimise(lp: LinearProgram, objective: number[]): Solution {
  const n = lp.lower.length;
  if (lp.lower.some((l, j) => l > lp.upper[j]! + EPS)) return { status: "infeasible" };
  // Shift x = lower + y with y >= 0; an upper bound becomes y + slack = upper - lower.
  const bounded = lp.upper.map((u, j) => (Number.isFinite(u) ? j : -1)).filter((j) => j >= 0);
  const structural = n + bounded.length;
  const m = lp.equalities.length + bounded.length;
  const width = structural + m; // then one artificial per row, then the right-hand side
  const rows: Float64Array[] = [];
  for (const { terms, rhs } of lp.equalities) {
    const r = new Float64Array(width + 1);
    let b = rhs;
    for (const [j, a] of terms) {
      r[j] = r[j]! + a;
      b -= a * lp.lower[j]!;
    }
    r[width] = b;
    rows.push(r);
  }
  bounded.forEach((j, k) => {
    const r = new Float64Array(width + 1);
    r[j] = 1;
    r[n + k] = 1;
    r[width] = lp.upper[j]! - lp.lower[j]!;
    rows.push(r);
  });
  rows.forEach((r, i) => {
    if (r[width]! < 0) for (let j = 0; j <= width; j++) r[j] = -r[j]!;
    r[structural + i] = 1;
  });
  // Phase one: minimise the sum of the artificials.
  const cost = new Float64Array(width + 1);
  for (const r of rows) for (let j = 0; j <= width; j++) if (j < structural || j === width) cost[j] = cost[j]! - r[j]!;
  const t: Tableau = { rows, cost, basis: rows.map((_, i) => structural + i), width };
  iterate(t, structural);
  if (-t.cost[width]! > 1e-7) return { status: "infeasible" };
  // Artificials still basic (at zero) leave the basis where a structural column can take their row.
  t.basis.forEach((b, i) => {
    if (b < structural) return;
    const r = t.rows[i]!;
    for (let j = 0; j < structural; j++) {
      if (Math.abs(r[j]!) > EPS) return pivot(t, i, j);
    }
  });
  // Phase two: the real objective, on y; slacks and artificials cost nothing.
  const phase2 = new Float64Array(width + 1);
  objective.forEach((c, j) => (phase2[j] = c));
  t.basis.forEach((b, i) => {
    const c = b < n ? (objective[b] ?? 0) : 0;
    if (c !== 0) for (let j = 0; j <= width; j++) phase2[j] = phase2[j]! - c * t.rows[i]![j]!;
  });
  t.cost = phase2;
  if (iterate(t, structural) === "unbounded") return { status: "unbounded" };
  const x = [...lp.lower];
  t.basis.forEach((b, i) => {
    if (b < n) x[b] = lp.lower[b]! + t.rows[i]![width]!;
  });
  const value = objective.reduce((sum, c, j) => sum + c * x[j]!, 0);
  return { status: "optimal", value, x };
}

/** The least and greatest value variable j can take in the program (Infinity when unbounded). */
export function range(lp: LinearProgram, j: number): { lo: number; hi: number } {
  const unit = (sign: number) => lp.lower.map((_, k) => (k === j ? sign : 0));
  const low = minimise(lp, unit(1));
  const high = minimise(lp, unit(-1));
  if (low.status === "infeasible" || high.status === "infeasible") throw new Error("The published figures contradict each other.");
  return {
    lo: low.status === "optimal" ? low.value : -Infinity,
    hi: high.status === "optimal" ? -high.value : Infinity,
  };
}
