import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { recordHeartbeat, type Database, type WorkerIdentity } from "@jeugdregie/db";

export function workerIdentity(): WorkerIdentity {
  return {
    workerId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    hostname: hostname(),
    pid: process.pid,
    startedAt: new Date(),
  };
}

/** Records that this worker is alive; idempotent (an upsert keyed by worker id). */
export async function processHeartbeat(db: Database, worker: WorkerIdentity): Promise<void> {
  await recordHeartbeat(db, worker);
}
