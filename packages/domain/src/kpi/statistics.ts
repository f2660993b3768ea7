/**
 * The statistics of a snapshot, pure. An empty population has no value (null), never 0: a month
 * without data shows as empty (issue 13).
 */

/**
 * The p-th quantile (0..1) by linear interpolation between the closest ranks, as PostgreSQL's
 * `percentile_cont` computes it; null for no samples.
 */
export function quantile(samples: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile ${p} is outside 0..1`);
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);
export const p90 = (samples: readonly number[]) => quantile(samples, 0.9);

/** numerator / denominator, or null when there is nothing to divide by. */
export function share(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  if (numerator < 0 || numerator > denominator) throw new RangeError(`share ${numerator}/${denominator} is not a part of a whole`);
  return numerator / denominator;
}

/** Stored values are rounded to 4 decimals, so recomputing gives the same digits. */
export const roundValue = (value: number) => Math.round(value * 10_000) / 10_000;
