import { Queue, Worker } from "bullmq";
import { createFieldCrypto } from "@jeugdregie/auth";
import { createLogger, exitWithMessage, parseEnv } from "@jeugdregie/config";
import { appDatabaseUrl, createDatabase } from "@jeugdregie/db";
import {
  createJobQueue,
  createProcessors,
  createProducerConnection,
  createRedisConnection,
  ensureOfferExpiryJobs,
  heartbeatJob,
  IMPORTS_QUEUE,
  JOB_DEFINITIONS,
  KPI_SNAPSHOTS_SCHEDULE,
  kpiSnapshotsJob,
  MATCHING_QUEUE,
  placementChecksJob,
  PLACEMENT_QUEUE,
  processHeartbeat,
  relayOutbox,
  rematchWaitingJob,
  rematchWaitingJobOptions,
  REMATCH_AFTER_EXPIRY_MS,
  scheduleJob,
  smtpTransport,
  sweepOverdueOffersOnce,
  SYSTEM_QUEUE,
  workerIdentity,
  type MailRelay,
} from "@jeugdregie/jobs";
import { every } from "./loops.ts";
import { watchRedis } from "./redis-watch.ts";

// The worker process: BullMQ workers and schedules, and the database-driven loops that make
// deadlines and mail independent of Redis. Web never runs workers.
const env = parseEnv();
if (!env.DATABASE_URL && !env.DATABASE_APP_URL)
  exitWithMessage("the worker needs DATABASE_URL or DATABASE_APP_URL (start it through `npm start`)");
if (!env.REDIS_URL) exitWithMessage("the worker needs REDIS_URL (start it through `npm start`)");
if (!env.DATA_ENCRYPTION_KEY)
  exitWithMessage("the worker needs DATA_ENCRYPTION_KEY to seal and open e-mail bodies (start it through `npm start`, which creates one)");

const log = (line: string) => console.log(`[worker] ${line}`);
const logger = createLogger(env, "worker");
const db = createDatabase(appDatabaseUrl(env.DATABASE_URL ?? "", env.APP_DB_PASSWORD, env.DATABASE_APP_URL), { max: 12 });
// BullMQ's workers block on this connection; the worker's own enqueues use a fail-fast one so a
// loop never hangs on a Redis that is down.
const connection = createRedisConnection(env.REDIS_URL);
const producer = createProducerConnection(env.REDIS_URL);
const jobs = createJobQueue(producer);
const identity = workerIdentity();
const mail = env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM) : null;
const crypto = createFieldCrypto(env.DATA_ENCRYPTION_KEY);
const relay: MailRelay = {
  transport: mail,
  cipher: crypto,
  policy: { baseDelayMs: env.OUTBOX_RETRY_BASE_MS, maxDelayMs: 3_600_000, maxAttempts: env.OUTBOX_MAX_ATTEMPTS },
};
const loopFailed = (what: string) => (error: Error) => console.warn(`[worker] ${what} failed: ${error.message}`);

/**
 * Regions whose waiting requests must be re-matched, kept until Redis took the job (one job per
 * region at a time): while Redis is down they wait here and go with the next sweep.
 */
const rematchDue = new Set<string>();
/**
 * When this worker last queued a new re-match job for a region. The job runs REMATCH_AFTER_EXPIRY_MS
 * after it was queued and reads everything committed by then, so a trigger well inside that wait
 * needs no Redis call at all: 10,000 expiries cost a few enqueues per region, not 10,000.
 */
const rematchQueuedAt = new Map<string, number>();
const REMATCH_COVERED_MS = REMATCH_AFTER_EXPIRY_MS - 1000;
async function queueRematch(regionIds: string[]) {
  regionIds.forEach((id) => rematchDue.add(id));
  for (const regionId of [...rematchDue]) {
    const startedAt = Date.now();
    if (startedAt - (rematchQueuedAt.get(regionId) ?? -Infinity) < REMATCH_COVERED_MS) {
      rematchDue.delete(regionId);
      continue;
    }
    const jobId = `rematch-waiting-${regionId}-${startedAt}`;
    const queuedId = await jobs.enqueue(rematchWaitingJob, { regionId }, { ...rematchWaitingJobOptions(regionId, "expiry"), jobId }).then(
      (id) => id,
      () => null, // Redis is down (watchRedis said so): try again with the next sweep
    );
    if (queuedId === null) return;
    // Only a job of our own runs after the wait; one it was folded into may already have started.
    if (queuedId === jobId) rematchQueuedAt.set(regionId, startedAt);
    rematchDue.delete(regionId);
  }
}

// Deadlines: the database says which offers are overdue; the delayed job per offer is only a timer.
const sweep = every(
  env.OFFER_SWEEP_EVERY_MS,
  async () => {
    const expired = await sweepOverdueOffersOnce(db);
    if (expired.length > 0) log(`offer sweep: ${expired.length} overdue offer(s) expired`);
    await queueRematch(expired.map((e) => e.regionId));
  },
  loopFailed("offer sweep"),
);
// Put back delayed expiry jobs that Redis lost: at start, every minute, and when Redis is back.
const expiryJobs = every(60_000, async () => void (await ensureOfferExpiryJobs(db, jobs)), loopFailed("restoring offer expiry jobs"));
// Mail: the outbox is the truth; the send-email job only makes a new message go out sooner.
const mailRelay = every(
  env.OUTBOX_RELAY_EVERY_MS,
  async () => {
    const counts = await relayOutbox(db, relay);
    if (counts.sent + counts.failed + counts.dead > 0)
      log(`mail relay: ${counts.sent} sent, ${counts.failed} to retry, ${counts.dead} given up`);
  },
  loopFailed("mail relay"),
);
const redis = watchRedis([connection, producer], log, () => expiryJobs.runNow());

const systemQueue = new Queue(SYSTEM_QUEUE, { connection });
const placementQueue = new Queue(PLACEMENT_QUEUE, { connection });
for (const queue of [systemQueue, placementQueue]) queue.on("error", redis.noteError);
await scheduleJob(
  placementQueue,
  "placement-checks-hourly",
  { every: 3_600_000 },
  placementChecksJob,
  {},
  { attempts: 3, removeOnComplete: 100 },
);
// The region figures of the month that just ended (issue 13): once a month, for every region.
await scheduleJob(systemQueue, "kpi-snapshots-monthly", KPI_SNAPSHOTS_SCHEDULE, kpiSnapshotsJob, {}, { attempts: 3, removeOnComplete: 24 });
await scheduleJob(
  systemQueue,
  "heartbeat-every-interval",
  { every: env.HEARTBEAT_EVERY_MS },
  heartbeatJob,
  {},
  {
    attempts: 3,
    backoff: { type: "exponential", delay: 1000 },
    removeOnComplete: 100,
    removeOnFail: 500,
  },
);

/** One processor per queue from the list of job definitions; each re-validates its payload (a queue is an input like any other). */
const processors = createProcessors(
  JOB_DEFINITIONS,
  { db, cipher: crypto, mail, mailPolicy: relay.policy, identity, rematch: queueRematch },
  logger,
);

/** Jobs at a time per queue: deadlines many (each is one short transaction; 10 keep 10,000 expiries in 60 s within 1 s at p99), imports and re-matching one. */
const CONCURRENCY: Record<string, number> = { [IMPORTS_QUEUE]: 1, [MATCHING_QUEUE]: 1, [PLACEMENT_QUEUE]: 10 };

const workers = [...processors].map(([queue, processor]) => {
  const worker = new Worker(queue, processor, { connection, concurrency: CONCURRENCY[queue] ?? 4 });
  worker.on("failed", (job, error) => console.error(`[worker] ${queue} job ${job?.name} (${job?.id}) failed: ${error.message}`));
  worker.on("error", redis.noteError);
  return worker;
});

// Beat once at start so the status page shows the worker immediately.
await processHeartbeat(db, identity);
log(
  `ready (${identity.workerId}), heartbeat every ${env.HEARTBEAT_EVERY_MS / 1000}s, offer sweep every ${env.OFFER_SWEEP_EVERY_MS / 1000}s, e-mail ${mail ? "via SMTP" : "not configured (outbox kept)"}`,
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: finishing running jobs and stopping`);
  // A Redis that is down must not keep the worker from stopping.
  setTimeout(() => process.exit(0), 15_000).unref();
  await Promise.all([sweep.stop(), expiryJobs.stop(), mailRelay.stop()]);
  await Promise.all(workers.map((w) => w.close()));
  await Promise.allSettled([systemQueue.close(), placementQueue.close(), jobs.close()]);
  connection.disconnect();
  producer.disconnect();
  await db.destroy();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
