import { afterAll, beforeAll, expect, it } from "vitest";
import { inject } from "vitest";
import { listHeartbeats } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { spawnApp, waitUntil } from "./helpers/processes.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

it("runs the scheduled heartbeat job through real Redis and stops gracefully", async () => {
  const worker = spawnApp("worker", "src/main.ts", {
    DATABASE_APP_URL: db.appUrl,
    REDIS_URL: inject("redisUrl"),
    HEARTBEAT_EVERY_MS: "1000",
    DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  });
  await worker.waitForOutput(/\[worker\] ready/, 30_000);
  // The first beat is written at start; later ones only through the BullMQ job scheduler.
  const beating = await waitUntil(async () => ((await listHeartbeats(db.owner))[0]?.beats ?? 0) >= 3, 20_000);
  expect(beating).toBe(true);
  const [heartbeat] = await listHeartbeats(db.owner);
  expect(heartbeat!.pid).toBe(worker.child.pid);

  worker.child.kill("SIGTERM");
  expect(await worker.exited).toBe(0);
  expect(worker.output()).toContain("SIGTERM: finishing running jobs");
});
