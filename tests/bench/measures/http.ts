import autocannon from "autocannon";
import type { Row } from "../report.ts";
import { BENCH_ENCRYPTION_KEY, startProcess, stopProcess } from "../worker.ts";

export const HTTP_BUDGET = 0.5;
export const HTTP_CONCURRENCY = 50;

export interface HttpResult {
  project: number;
  baseline: number;
  durationS: number;
  errors: number;
}

const benchDir = new URL("..", import.meta.url).pathname;

async function load(url: string, cookie: string, durationS: number) {
  const result = await autocannon({ url, connections: HTTP_CONCURRENCY, duration: durationS, headers: { cookie } });
  return { rps: result.requests.average, errors: result.errors + result.non2xx };
}

/** An authenticated tRPC read (`me`) at concurrency 50 against a bare Node server answering the same with plain pg. */
export async function measureHttp(appUrl: string, cookie: string, durationS: number): Promise<HttpResult> {
  const env = { DATABASE_APP_URL: appUrl, DATA_ENCRYPTION_KEY: BENCH_ENCRYPTION_KEY };
  const trpc = await startProcess("servers/trpc-server.ts", env, /ready (\d+)/, benchDir);
  try {
    const bare = await startProcess("servers/bare-server.ts", env, /ready (\d+)/, benchDir);
    try {
      const project = await load(`http://127.0.0.1:${trpc.match[1]}/api/trpc/me`, cookie, durationS);
      const baseline = await load(`http://127.0.0.1:${bare.match[1]}/me`, cookie, durationS);
      return { project: project.rps, baseline: baseline.rps, durationS, errors: project.errors + baseline.errors };
    } finally {
      await stopProcess(bare.child);
    }
  } finally {
    await stopProcess(trpc.child);
  }
}

export function httpRows(r: HttpResult, enforce: boolean): Row[] {
  const ratio = r.project / r.baseline;
  return [
    {
      measure: `HTTP authenticated tRPC read (me), concurrency ${HTTP_CONCURRENCY}`,
      project: `${Math.round(r.project)} req/s`,
      baseline: `bare node+pg ${Math.round(r.baseline)} req/s`,
      ratio,
      reps: `${r.durationS} s each`,
      budget: `>= ${HTTP_BUDGET}x`,
      pass: ratio >= HTTP_BUDGET && r.errors === 0,
      enforced: enforce,
      ...(r.errors ? { note: `${r.errors} errors` } : {}),
    },
  ];
}
