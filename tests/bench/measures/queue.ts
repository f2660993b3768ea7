import { sql } from "kysely";
import { ACTIVE_REQUEST_STATUSES, REQUEST_STATUSES } from "@jeugdregie/domain";
import type { Database } from "@jeugdregie/db";
import type { Row } from "../report.ts";
import type { Caller } from "../sessions.ts";
import { fmtMs, timeInterleaved, type Samples } from "../stats.ts";

export const QUEUE_PAGE = 50;
export const QUEUE_BUDGET = 1.5;
export const GROWTH_BUDGET = 2;
/** The queue's history: what is no longer active work (the work list is ACTIVE_REQUEST_STATUSES). */
const HISTORY_STATUSES = REQUEST_STATUSES.filter((s) => !(ACTIVE_REQUEST_STATUSES as readonly string[]).includes(s));

/**
 * The lower bound for a coordinator's queue page: raw SQL as the owner, using the indexes the
 * schema has, returning the first page in the queue's order (crisis first, oldest first, id as
 * tie-breaker) with the same fields, open-offer deadline and document kinds included.
 */
export async function rawQueuePage(owner: Database, regionId: string, statuses: readonly string[]) {
  const page = await sql<{ id: string }>`
    select r.id, c.pseudonym, r.status, r.urgency, r.care_type, m.name as municipality, r.submitted_at, r.waiting_since,
      date_part('year', age(current_date, c.birth_date))::int as age_years, o.deadline_at
    from placement_requests r
    join children c on c.region_id = r.region_id and c.id = r.child_id
    join reference_municipalities m on m.code = c.home_municipality_code
    left join offers o on o.region_id = r.region_id and o.request_id = r.id and o.status = 'open'
    where r.region_id = ${regionId} and r.status in (${sql.join(statuses.map((s) => sql.lit(s)))})
    order by r.urgency <> 'crisis', coalesce(r.submitted_at, r.created_at), r.id
    limit ${QUEUE_PAGE}`.execute(owner);
  const ids = page.rows.map((r) => r.id);
  await sql`select request_id, array_agg(distinct kind) from request_documents
    where region_id = ${regionId} and request_id = any(${ids}::uuid[]) group by request_id`.execute(owner);
  return ids;
}

export interface QueueTiming {
  name: string;
  project: Samples;
  baseline: Samples;
  samePage: boolean;
  rows: number;
}

export async function timeQueues(coordinator: Caller, owner: Database, regionId: string, reps: number): Promise<QueueTiming[]> {
  const out: QueueTiming[] = [];
  for (const [name, statuses] of [
    ["coordinator queue (history)", HISTORY_STATUSES],
    ["coordinator work list", ACTIVE_REQUEST_STATUSES],
  ] as const) {
    const { project, baseline } = await timeInterleaved(reps, {
      project: async () => (await coordinator.placement.queue({ statuses: [...statuses], limit: QUEUE_PAGE })).items.map((r) => r.id),
      baseline: () => rawQueuePage(owner, regionId, statuses),
    });
    const projectPage = project.result;
    out.push({
      name,
      project: project.samples,
      baseline: baseline.samples,
      samePage: JSON.stringify(projectPage) === JSON.stringify(baseline.result),
      rows: project.result.length,
    });
  }
  return out;
}

export function queueRows(full: QueueTiming[], tenth: QueueTiming[] | null, enforce: boolean): Row[] {
  const rows: Row[] = [];
  for (const q of full) {
    const ratio = q.project.p95 / q.baseline.p95;
    rows.push({
      measure: `${q.name} p95 vs raw page`,
      project: `p95 ${fmtMs(q.project.p95)} (${q.rows} rows)`,
      baseline: `p95 ${fmtMs(q.baseline.p95)} (${QUEUE_PAGE} rows)`,
      ratio,
      reps: String(q.project.ms.length),
      budget: `<= ${QUEUE_BUDGET}x`,
      pass: ratio <= QUEUE_BUDGET,
      enforced: enforce,
    });
    rows.push({
      measure: `${q.name}: raw page = project's first page`,
      project: q.samePage ? "same" : "differs",
      baseline: "-",
      ratio: null,
      reps: "1",
      budget: "same ids, same order",
      pass: q.samePage,
      enforced: true,
    });
    const small = tenth?.find((t) => t.name === q.name);
    if (small) {
      const growth = q.project.p95 / small.project.p95;
      rows.push({
        measure: `${q.name} growth 10% -> 100%`,
        project: `p95 ${fmtMs(q.project.p95)}`,
        baseline: `at 1/10: ${fmtMs(small.project.p95)}`,
        ratio: growth,
        reps: `${q.project.ms.length}+${small.project.ms.length}`,
        budget: `<= ${GROWTH_BUDGET}x`,
        pass: growth <= GROWTH_BUDGET,
        enforced: enforce,
      });
    }
  }
  return rows;
}
