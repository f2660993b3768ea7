import { join } from "node:path";
import { sql } from "kysely";
import { inject } from "vitest";
import { parseEnv, removeRuntimeData, startRuntime, type ManagedProcess } from "@jeugdregie/config";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import type { JobQueue } from "@jeugdregie/jobs";
import { ApiSession, apiDeps } from "./api.ts";
import { arrangeRequests } from "./placement-fixtures.ts";
import { repoRoot, spawnApp } from "./processes.ts";
import type { TestDatabase } from "./test-database.ts";

/** The key the API helpers encrypt with (testCrypto), for worker processes that must read what they wrote. */
export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");

/**
 * A Redis of this test's own, started and supervised by the platform's runtime code (the shared
 * one of the run must not be killed), so it can be killed hard and must come back by itself.
 */
export async function startOwnRedis(label: string, supervision: { initialDelayMs?: number } = {}) {
  const dataDir = join(repoRoot, ".data", "test-runs", `${label}-${process.pid}`);
  removeRuntimeData(dataDir);
  const logs: string[] = [];
  // DATABASE_URL is set (the run's PostgreSQL), so only Redis is started here.
  const runtime = await startRuntime(
    parseEnv({ DATA_DIR: dataDir, DATABASE_URL: inject("adminUrl") }),
    (line) => logs.push(line),
    supervision,
  );
  const redis: ManagedProcess = runtime.processes[0]!;
  return {
    url: runtime.redisUrl,
    redis,
    logs,
    async stop() {
      await runtime.stop();
      removeRuntimeData(dataDir);
    },
  };
}

/** The real worker process against a test database, with quick sweeps. */
export function startWorker(db: TestDatabase, redisUrl: string, env: Record<string, string> = {}) {
  return spawnApp("worker", "src/main.ts", {
    DATABASE_APP_URL: db.appUrl,
    REDIS_URL: redisUrl,
    DATA_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    HEARTBEAT_EVERY_MS: "60000",
    OFFER_SWEEP_EVERY_MS: "500",
    ...env,
  });
}

export async function coordinatorWith(db: TestDatabase, jobs: JobQueue) {
  const session = new ApiSession(apiDeps(db.app, jobs));
  await session.login("coordinator.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
  return (await session.caller()).caller;
}

type Coordinator = Awaited<ReturnType<typeof coordinatorWith>>;

/** Requests in matching in Haaglanden, ready for an offer each. */
export async function requestsInMatching(db: TestDatabase, count: number) {
  return (await arrangeRequests(db.owner, "haaglanden", count, "matching")).requestIds;
}

/** Offers the request to its best match through the API (the coordinator's own session and job queue). */
export async function sendBestOffer(coordinator: Coordinator, requestId: string) {
  const { matches } = await coordinator.placement.proposals({ requestId });
  return coordinator.placement.sendOffer({ requestId, locationId: matches[0]!.locationId });
}

export async function setDeadlines(db: TestDatabase, offerIds: string[], deadline: Date) {
  await db.owner.updateTable("offers").set({ deadline_at: deadline }).where("id", "in", offerIds).execute();
}

export async function offerRows(db: TestDatabase, offerIds: string[]) {
  return db.owner
    .selectFrom("offers as o")
    .innerJoin("placement_requests as r", (j) => j.onRef("r.region_id", "=", "o.region_id").onRef("r.id", "=", "o.request_id"))
    .select(["o.id", "o.status", "o.deadline_at", "o.responded_at", "r.status as request_status"])
    .where("o.id", "in", offerIds)
    .execute();
}

/** How many times each offer's expiry was applied (its audit record: written once per expiry, in the same transaction). */
export async function expiriesApplied(db: TestDatabase, offerIds: string[]): Promise<number[]> {
  const rows = await db.owner
    .selectFrom("audit_log")
    .select(["entity_id", (eb) => eb.fn.countAll<string>().as("count")])
    .where("entity", "=", "offer")
    .where("entity_id", "in", offerIds)
    .where(sql<boolean>`details -> 'outcome' ->> 'status' = 'expired'`)
    .groupBy("entity_id")
    .execute();
  return offerIds.map((id) => Number(rows.find((r) => r.entity_id === id)?.count ?? 0));
}
