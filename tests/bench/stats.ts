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
