import { MAX_PAGE_SIZE } from "@jeugdregie/db";
import { ACTIVE_REQUEST_STATUSES, REQUEST_STATUSES } from "@jeugdregie/domain";

const HISTORY = REQUEST_STATUSES.filter((s) => !(ACTIVE_REQUEST_STATUSES as readonly string[]).includes(s));
import type { Row } from "../report.ts";
import { rowsIn, type Caller, type Sessions } from "../sessions.ts";
import { fmtMs, timeInterleaved, type Samples } from "../stats.ts";
import type { Subjects } from "../subjects.ts";

/** The largest page a list procedure may return (issue 12: keyset pagination with a maximum page size). */
export { MAX_PAGE_SIZE };
const page = { limit: MAX_PAGE_SIZE };
/** RLS may cost at most this much over the same query as the owner. */
export const RLS_BUDGET = 1.1;

export interface ListProcedure {
  name: string;
  as: keyof Pick<Subjects, "coordinator" | "referrer" | "regionAdmin" | "provider" | "supra" | "platform">;
  call: (caller: Caller) => Promise<unknown>;
  /** Not paginated yet (bounded-answers.ts): its page size is shown, enforced only at national scale. */
  unpaginated?: true;
}

/** Every list procedure of the router, called as the person it is for, without filters, asking the largest page. */
export const LIST_PROCEDURES: ListProcedure[] = [
  { name: "placement.queue (history)", as: "coordinator", call: (c) => c.placement.queue({ ...page, statuses: [...HISTORY] }) },
  {
    name: "placement.queue (work list)",
    as: "coordinator",
    call: (c) => c.placement.queue({ ...page, statuses: [...ACTIVE_REQUEST_STATUSES] }),
  },
  { name: "placement.board", as: "coordinator", call: (c) => c.placement.board(page) },
  { name: "locations.list", as: "coordinator", call: (c) => c.locations.list(page) },
  { name: "intake.mine", as: "referrer", call: (c) => c.intake.mine(page) },
  { name: "provider.inbox", as: "provider", call: (c) => c.provider.inbox(page) },
  { name: "provider.capacity", as: "provider", call: (c) => c.provider.capacity(page) },
  { name: "supra.outOfRegion", as: "supra", call: (c) => c.supra.outOfRegion(page) },
  { name: "supra.pooled", as: "supra", call: (c) => c.supra.pooled(page) },
  { name: "contracts.list", as: "regionAdmin", call: (c) => c.contracts.list(page) },
  { name: "onboarding.providers.contracted", as: "regionAdmin", call: (c) => c.onboarding.providers.contracted(page) },
  { name: "onboarding.users.list", as: "regionAdmin", call: (c) => c.onboarding.users.list(page) },
  { name: "audit.list", as: "regionAdmin", call: (c) => c.audit.list(page) },
  { name: "tenants.list", as: "platform", call: (c) => c.tenants.list(), unpaginated: true },
];

export interface ListTiming {
  name: string;
  app: Samples;
  owner: Samples;
  rowsApp: number;
  rowsOwner: number;
}

/** Enough repetitions for a p95 within about ten seconds per list: slow lists get fewer. */
async function repsFor(call: () => Promise<unknown>, max: number): Promise<number> {
  const started = performance.now();
  await call();
  return Math.max(5, Math.min(max, Math.round(10_000 / Math.max(1, performance.now() - started))));
}

export async function timeLists(sessions: Sessions, subjects: Subjects, maxReps: number): Promise<ListTiming[]> {
  const out: ListTiming[] = [];
  for (const list of LIST_PROCEDURES) {
    const app = await sessions.caller(subjects[list.as], "app");
    const owner = await sessions.caller(subjects[list.as], "owner");
    const reps = await repsFor(() => list.call(app), maxReps);
    // Interleaved, so a background hiccup hurts both sides alike.
    const { app: a, owner: o } = await timeInterleaved(reps, { app: () => list.call(app), owner: () => list.call(owner) });
    out.push({ name: list.name, app: a.samples, owner: o.samples, rowsApp: rowsIn(a.result), rowsOwner: rowsIn(o.result) });
  }
  return out;
}

export function listRows(timings: ListTiming[], enforce: { rls: boolean; pagination: boolean }): Row[] {
  const rows: Row[] = [];
  for (const t of timings) {
    const ratio = t.app.p95 / t.owner.p95;
    const same = t.rowsApp === t.rowsOwner;
    rows.push({
      measure: `RLS overhead ${t.name}`,
      project: `p95 ${fmtMs(t.app.p95)}`,
      baseline: `owner ${fmtMs(t.owner.p95)}`,
      ratio,
      reps: String(t.app.ms.length),
      budget: `<= ${RLS_BUDGET.toFixed(2)}x, same rows`,
      pass: ratio <= RLS_BUDGET && same,
      enforced: enforce.rls,
      ...(same ? {} : { note: `rows: ${t.rowsApp} under RLS, ${t.rowsOwner} as owner` }),
    });
  }
  for (const t of timings)
    rows.push({
      measure: `page size ${t.name}`,
      project: `${t.rowsApp} rows`,
      baseline: "-",
      ratio: null,
      reps: "1",
      budget: `<= ${MAX_PAGE_SIZE} rows`,
      pass: t.rowsApp <= MAX_PAGE_SIZE,
      // A paginated list never answers more than a page, at any scale.
      enforced: enforce.pagination || !LIST_PROCEDURES.find((l) => l.name === t.name)?.unpaginated,
    });
  return rows;
}
