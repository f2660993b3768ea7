/** Timing a call many times and reading percentiles: the bench's only statistics. */
export interface Samples {
  ms: number[];
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(ms: number[]): Samples {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    ms,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Runs `fn` once to warm up, then `reps` times in sequence; returns the timings and the last result. */
export async function timeIt<T>(reps: number, fn: (i: number) => Promise<T>): Promise<{ samples: Samples; result: T }> {
  let result = await fn(0);
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const started = performance.now();
    result = await fn(i);
    ms.push(performance.now() - started);
  }
  return { samples: summarize(ms), result };
}

export const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);

/**
 * Runs each of `fns` once to warm up, then `reps` rounds that call every one of them, in an order
 * that rotates each round: a background hiccup on this shared machine hurts all sides alike, and
 * none is always first. Returns each one's timings and last result.
 */
export async function timeInterleaved<K extends string, T>(
  reps: number,
  fns: Record<K, () => Promise<T>>,
): Promise<Record<K, { samples: Samples; result: T }>> {
  const keys = Object.keys(fns) as K[];
  const results = {} as Record<K, T>;
  const ms = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (const k of keys) results[k] = await fns[k]();
  for (let i = 0; i < reps; i++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(i + j) % keys.length]!;
      const started = performance.now();
      results[k] = await fns[k]();
      ms[k].push(performance.now() - started);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, { samples: summarize(ms[k]), result: results[k] }])) as Record<
    K,
    { samples: Samples; result: T }
  >;
}
