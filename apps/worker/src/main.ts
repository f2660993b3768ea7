import { Queue, Worker } from "bullmq";
import { exitWithMessage, parseEnv } from "@jeugdregie/config";
import { appDatabaseUrl, createDatabase } from "@jeugdregie/db";
import { createRedisConnection, heartbeatJob, processHeartbeat, SYSTEM_QUEUE, workerIdentity } from "@jeugdregie/jobs";

// The worker process: BullMQ workers and schedules. Web never runs workers.
const env = parseEnv();
if (!env.DATABASE_URL && !env.DATABASE_APP_URL)
  exitWithMessage("the worker needs DATABASE_URL or DATABASE_APP_URL (start it through `npm start`)");
if (!env.REDIS_URL) exitWithMessage("the worker needs REDIS_URL (start it through `npm start`)");

const db = createDatabase(appDatabaseUrl(env.DATABASE_URL ?? "", env.APP_DB_PASSWORD, env.DATABASE_APP_URL), { max: 5 });
const connection = createRedisConnection(env.REDIS_URL);
const identity = workerIdentity();

const systemQueue = new Queue(SYSTEM_QUEUE, { connection });
await systemQueue.upsertJobScheduler(
  "heartbeat-every-interval",
  { every: env.HEARTBEAT_EVERY_MS },
  {
    name: heartbeatJob.name,
    data: {},
    opts: { attempts: 3, backoff: { type: "exponential", delay: 1000 }, removeOnComplete: 100, removeOnFail: 500 },
  },
);

const worker = new Worker(
  SYSTEM_QUEUE,
  async (job) => {
    switch (job.name) {
      case heartbeatJob.name:
        heartbeatJob.payload.parse(job.data);
        return processHeartbeat(db, identity);
      default:
        throw new Error(`unknown job ${job.name} on queue ${SYSTEM_QUEUE}`);
    }
  },
  { connection, concurrency: 4 },
);
worker.on("failed", (job, error) => console.error(`[worker] job ${job?.name} (${job?.id}) failed: ${error.message}`));

// Beat once at start so the status page shows the worker immediately.
await processHeartbeat(db, identity);
console.log(`[worker] ready (${identity.workerId}), heartbeat every ${env.HEARTBEAT_EVERY_MS / 1000}s`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing running jobs and stopping`);
  await worker.close();
  await systemQueue.close();
  connection.disconnect();
  await db.destroy();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
