import { sql } from "kysely";
import type { Database } from "../client.ts";

export interface WorkerIdentity {
  workerId: string;
  hostname: string;
  pid: number;
  startedAt: Date;
}

export async function recordHeartbeat(db: Database, worker: WorkerIdentity, at: Date = new Date()): Promise<void> {
  await db
    .insertInto("worker_heartbeats")
    .values({
      worker_id: worker.workerId,
      hostname: worker.hostname,
      pid: worker.pid,
      started_at: worker.startedAt,
      last_beat_at: at,
      beats: 1,
    })
    .onConflict((oc) =>
      oc
        .column("worker_id")
        .doUpdateSet({ last_beat_at: at, pid: worker.pid, started_at: worker.startedAt, beats: sql`worker_heartbeats.beats + 1` }),
    )
    .execute();
}

export async function listHeartbeats(db: Database) {
  const rows = await db.selectFrom("worker_heartbeats").selectAll().orderBy("last_beat_at", "desc").limit(20).execute();
  return rows.map((r) => ({
    workerId: r.worker_id,
    hostname: r.hostname,
    pid: r.pid,
    startedAt: r.started_at,
    lastBeatAt: r.last_beat_at,
    beats: Number(r.beats),
  }));
}
