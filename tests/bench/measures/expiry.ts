import { sql } from "kysely";
import { Queue } from "bullmq";
import * as jobs from "@jeugdregie/jobs";
import { bulkInsert, iso, type Database } from "@jeugdregie/db";
import { testCrypto } from "../../integration/helpers/api.ts";
import type { Row } from "../report.ts";
import { fmtMs, percentile } from "../stats.ts";
import { startWorker, stopProcess } from "../worker.ts";

export interface ExpiryPlan {
  offers: number;
  windowMs: number;
}

export interface ExpiryResult {
  plan: ExpiryPlan;
  expired: number;
  stillOpen: number;
  p99LateMs: number;
  maxLateMs: number;
  rematchJobs: number;
  rematchOnExpiryQueue: number;
  maxRematchPerRegion: number;
  regions: number;
}

export const EXPIRY_P99_MS = 1000;
export const EXPIRY_MAX_MS = 5000;
/** Re-matching deduped per region: at most one run per region per this many ms. */
export const REMATCH_EVERY_MS = jobs.REMATCH_AFTER_EXPIRY_MS;

/**
 * Offers as `placement.sendOffer` leaves them: open, the request offered, and the expiry timer of
 * each offer's deadline slice on the queue. Written in bulk because 10,000 sendOffer calls
 * would measure sendOffer, not expiry; keep this in step with sendOffer when expiry changes.
 */
async function arrangeOffers(owner: Database, queue: jobs.JobQueue, plan: ExpiryPlan, startAt: number) {
  const locations = await sql<{ region_id: string; id: string; provider_id: string; municipality_code: string; referrer: string }>`
    select l.region_id, l.id, l.provider_id, l.municipality_code,
      (select m.user_id from memberships m where m.region_id = l.region_id and m.role = 'placement_coordinator' order by m.user_id limit 1) as referrer
    from locations l
    where exists (select 1 from contracts k where k.region_id = l.region_id and k.provider_id = l.provider_id and k.status = 'confirmed')
    order by l.id limit ${plan.offers}`.execute(owner);
  const rows = Array.from({ length: plan.offers }, (_, i) => {
    const l = locations.rows[i % locations.rows.length]!;
    const ids = { child: crypto.randomUUID(), request: crypto.randomUUID(), offer: crypto.randomUUID() };
    return { l, ids, deadline: startAt + Math.round((i * plan.windowMs) / plan.offers) };
  });
  await bulkInsert(
    owner,
    "children",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["pseudonym", "text"],
      ["bsn_hash", "text"],
      ["bsn_encrypted", "text"],
      ["birth_date", "date"],
      ["gender", "text"],
      ["home_municipality_code", "text"],
    ],
    rows.map((r, i) => [
      r.l.region_id,
      r.ids.child,
      `B-${i}`,
      testCrypto.lookupHash(`bench-${i}`),
      testCrypto.encrypt(`bench-${i}`),
      "2012-05-01",
      "1",
      r.l.municipality_code,
    ]),
  );
  await bulkInsert(
    owner,
    "placement_requests",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["child_id", "uuid"],
      ["referrer_user_id", "uuid"],
      ["referrer_kind", "text"],
      ["status", "text"],
      ["care_type", "text"],
      ["submitted_at", "timestamptz"],
    ],
    rows.map((r) => [r.l.region_id, r.ids.request, r.ids.child, r.l.referrer, "01", "offered", "behandelgroep", iso(Date.now())]),
  );
  await bulkInsert(
    owner,
    "offers",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["request_id", "uuid"],
      ["location_region_id", "uuid"],
      ["location_id", "uuid"],
      ["provider_id", "uuid"],
      ["deadline_at", "timestamptz"],
    ],
    rows.map((r) => [r.l.region_id, r.ids.offer, r.ids.request, r.l.region_id, r.l.id, r.l.provider_id, iso(r.deadline)]),
  );
  // sendOffer's timer per offer; offers whose deadlines share a slice share its one job.
  const timers = new Map(rows.map((r) => jobs.offerExpiryTimer(new Date(r.deadline))).map((t) => [t.options.jobId, t]));
  for (const { payload, options } of timers.values()) await queue.enqueue(jobs.offerExpiryJob, payload, options);
  return rows.map((r) => r.ids.offer);
}

/** Every job named like the re-match job on every queue the project defines, created since `since`. */
async function rematchJobs(redisUrl: string, since: number) {
  const names = Object.entries(jobs)
    .filter(([key, value]) => key.endsWith("_QUEUE") && typeof value === "string")
    .map(([, value]) => value as string);
  const found: { queue: string; regionId: string }[] = [];
  const connection = jobs.createRedisConnection(redisUrl);
  for (const name of names) {
    const queue = new Queue(name, { connection });
    const list = await queue.getJobs(["waiting", "active", "completed", "failed", "delayed", "prioritized", "waiting-children"], 0, -1);
    for (const job of list)
      if (job.name === jobs.rematchWaitingJob.name && job.timestamp >= since)
        found.push({ queue: name, regionId: (job.data as { regionId: string }).regionId });
    await queue.close();
  }
  connection.disconnect();
  return found;
}

export async function measureExpiry(owner: Database, appUrl: string, redisUrl: string, plan: ExpiryPlan): Promise<ExpiryResult> {
  const worker = await startWorker(appUrl, redisUrl);
  const connection = jobs.createRedisConnection(redisUrl);
  const queue = jobs.createJobQueue(connection);
  const since = Date.now();
  try {
    const startAt = Date.now() + 15_000 + plan.offers; // room to write and enqueue before the first deadline
    const ids = await arrangeOffers(owner, queue, plan, startAt);
    const lastDeadline = startAt + plan.windowMs;
    await new Promise((r) => setTimeout(r, Math.max(0, lastDeadline + EXPIRY_MAX_MS + 2000 - Date.now())));
    const { rows } = await sql<{ status: string; late_ms: number | null; region_id: string }>`
      select status, region_id, extract(epoch from (responded_at - deadline_at)) * 1000 as late_ms
      from offers where id = any(${ids}::uuid[])`.execute(owner);
    const late = rows.map((r) => (r.status === "expired" ? Number(r.late_ms) : Number.POSITIVE_INFINITY)).sort((a, b) => a - b);
    const rematch = await rematchJobs(redisUrl, since);
    const perRegion = new Map<string, number>();
    for (const j of rematch) perRegion.set(j.regionId, (perRegion.get(j.regionId) ?? 0) + 1);
    return {
      plan,
      expired: rows.filter((r) => r.status === "expired").length,
      stillOpen: rows.filter((r) => r.status === "open").length,
      p99LateMs: percentile(late, 99),
      maxLateMs: late[late.length - 1] ?? Number.NaN,
      rematchJobs: rematch.length,
      rematchOnExpiryQueue: rematch.filter((j) => j.queue === jobs.offerExpiryJob.queue).length,
      maxRematchPerRegion: Math.max(0, ...perRegion.values()),
      regions: new Set(rows.map((r) => r.region_id)).size,
    };
  } finally {
    await queue.close();
    connection.disconnect();
    await stopProcess(worker);
  }
}

export function expiryRows(r: ExpiryResult, enforce: boolean): Row[] {
  const label = `${r.plan.offers} offers over ${r.plan.windowMs / 1000} s`;
  const allowedRematch = Math.ceil((r.plan.windowMs + EXPIRY_MAX_MS) / REMATCH_EVERY_MS);
  const lateText = (ms: number) => (Number.isFinite(ms) ? fmtMs(ms) : "never (still open)");
  return [
    {
      measure: `offer expiry p99 lateness (${label})`,
      project: lateText(r.p99LateMs),
      baseline: "deadline",
      ratio: null,
      reps: String(r.plan.offers),
      budget: `<= ${fmtMs(EXPIRY_P99_MS)}`,
      pass: r.p99LateMs <= EXPIRY_P99_MS,
      enforced: enforce,
    },
    {
      measure: "offer expiry: latest, and still open",
      project: `${lateText(r.maxLateMs)}; ${r.stillOpen} open`,
      baseline: "deadline",
      ratio: null,
      reps: String(r.plan.offers),
      budget: `<= ${fmtMs(EXPIRY_MAX_MS)}, 0 open`,
      pass: r.maxLateMs <= EXPIRY_MAX_MS && r.stillOpen === 0,
      enforced: enforce,
    },
    {
      measure: "re-match runs per region during expiry",
      project: `max ${r.maxRematchPerRegion} (${r.rematchJobs} in ${r.regions} regions)`,
      baseline: "-",
      ratio: null,
      reps: "1",
      budget: `<= ${allowedRematch} per region (1 per ${REMATCH_EVERY_MS / 1000} s)`,
      pass: r.maxRematchPerRegion <= allowedRematch,
      enforced: true, // the job layout, not speed: holds at every scale
    },
    {
      measure: "re-match jobs on the expiry queue",
      project: String(r.rematchOnExpiryQueue),
      baseline: "-",
      ratio: null,
      reps: "1",
      budget: "0",
      pass: r.rematchOnExpiryQueue === 0,
      enforced: true,
    },
  ];
}
