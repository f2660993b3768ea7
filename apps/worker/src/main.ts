import { Queue, Worker, type Processor } from "bullmq";
import { createFieldCrypto } from "@jeugdregie/auth";
import { exitWithMessage, parseEnv } from "@jeugdregie/config";
import { appDatabaseUrl, createDatabase } from "@jeugdregie/db";
import {
  createRedisConnection,
  heartbeatJob,
  importJob,
  IMPORTS_QUEUE,
  OUTBOX_QUEUE,
  processEmail,
  processHeartbeat,
  processImport,
  sendEmailJob,
  offerExpiryJob,
  placementChecksJob,
  processCrisisCapCheck,
  processStaleCapacityReminders,
  rematchWaitingJob,
  processRematchWaiting,
  PLACEMENT_QUEUE,
  processOfferExpiry,
  SYSTEM_QUEUE,
  workerIdentity,
} from "@jeugdregie/jobs";
import { smtpTransport } from "./smtp.ts";

// The worker process: BullMQ workers and schedules. Web never runs workers.
const env = parseEnv();
if (!env.DATABASE_URL && !env.DATABASE_APP_URL)
  exitWithMessage("the worker needs DATABASE_URL or DATABASE_APP_URL (start it through `npm start`)");
if (!env.REDIS_URL) exitWithMessage("the worker needs REDIS_URL (start it through `npm start`)");
if (!env.DATA_ENCRYPTION_KEY)
  exitWithMessage("the worker needs DATA_ENCRYPTION_KEY to seal and open e-mail bodies (start it through `npm start`, which creates one)");

const db = createDatabase(appDatabaseUrl(env.DATABASE_URL ?? "", env.APP_DB_PASSWORD, env.DATABASE_APP_URL), { max: 5 });
const connection = createRedisConnection(env.REDIS_URL);
const identity = workerIdentity();
const mail = env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM) : null;
const crypto = createFieldCrypto(env.DATA_ENCRYPTION_KEY);

const systemQueue = new Queue(SYSTEM_QUEUE, { connection });
const placementQueue = new Queue(PLACEMENT_QUEUE, { connection });
await placementQueue.upsertJobScheduler(
  "placement-checks-hourly",
  { every: 3_600_000 },
  { name: placementChecksJob.name, data: {}, opts: { attempts: 3, removeOnComplete: 100 } },
);
await systemQueue.upsertJobScheduler(
  "heartbeat-every-interval",
  { every: env.HEARTBEAT_EVERY_MS },
  {
    name: heartbeatJob.name,
    data: {},
    opts: { attempts: 3, backoff: { type: "exponential", delay: 1000 }, removeOnComplete: 100, removeOnFail: 500 },
  },
);

/** Every processor re-validates its payload: a queue is an input like any other. */
const processors: Record<string, Processor> = {
  [SYSTEM_QUEUE]: async (job) => {
    if (job.name !== heartbeatJob.name) throw new Error(`unknown job ${job.name} on ${SYSTEM_QUEUE}`);
    heartbeatJob.payload.parse(job.data);
    await processHeartbeat(db, identity);
  },
  [IMPORTS_QUEUE]: async (job) => {
    if (job.name !== importJob.name) throw new Error(`unknown job ${job.name} on ${IMPORTS_QUEUE}`);
    const { version: _version, ...payload } = job.data as { version?: number };
    return processImport(db, importJob.payload.parse(payload));
  },
  [OUTBOX_QUEUE]: async (job) => {
    if (job.name !== sendEmailJob.name) throw new Error(`unknown job ${job.name} on ${OUTBOX_QUEUE}`);
    const { version: _version, ...payload } = job.data as { version?: number };
    return processEmail(db, sendEmailJob.payload.parse(payload).outboxId, mail, crypto);
  },
  [PLACEMENT_QUEUE]: async (job) => {
    const { version: _version, ...payload } = job.data as { version?: number };
    if (job.name === offerExpiryJob.name) {
      const result = await processOfferExpiry(db, offerExpiryJob.payload.parse(payload));
      // An expired offer frees its reserved place: someone waiting may fit now.
      if (result === "expired") await placementQueue.add(rematchWaitingJob.name, { regionId: (payload as { regionId: string }).regionId });
      return result;
    }
    if (job.name === rematchWaitingJob.name) return processRematchWaiting(db, rematchWaitingJob.payload.parse(payload));
    if (job.name === placementChecksJob.name) {
      placementChecksJob.payload.parse(payload);
      return { crisisWarnings: await processCrisisCapCheck(db), reminded: await processStaleCapacityReminders(db, crypto) };
    }
    throw new Error(`unknown job ${job.name} on ${PLACEMENT_QUEUE}`);
  },
};

const workers = Object.entries(processors).map(([queue, processor]) => {
  const worker = new Worker(queue, processor, { connection, concurrency: queue === IMPORTS_QUEUE ? 1 : 4 });
  worker.on("failed", (job, error) => console.error(`[worker] ${queue} job ${job?.name} (${job?.id}) failed: ${error.message}`));
  return worker;
});

// Beat once at start so the status page shows the worker immediately.
await processHeartbeat(db, identity);
console.log(
  `[worker] ready (${identity.workerId}), heartbeat every ${env.HEARTBEAT_EVERY_MS / 1000}s, e-mail ${mail ? "via SMTP" : "not configured (outbox kept)"}`,
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing running jobs and stopping`);
  await Promise.all(workers.map((w) => w.close()));
  await Promise.all([systemQueue.close(), placementQueue.close()]);
  connection.disconnect();
  await db.destroy();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
