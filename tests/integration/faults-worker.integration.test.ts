import { Queue } from "bullmq";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createJobQueue, createProducerConnection, PLACEMENT_QUEUE, type JobQueue } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import {
  coordinatorWith,
  expiriesApplied,
  offerRows,
  requestsInMatching,
  sendBestOffer,
  setDeadlines,
  startOwnRedis,
  startWorker,
} from "./helpers/faults.ts";
import { waitUntil, type Spawned } from "./helpers/processes.ts";

/*
 * The worker is stopped (kill -9) and offer deadlines pass meanwhile; one offer's delayed job is
 * lost as well. After the worker starts again, every overdue offer expires within seconds, once,
 * even while its own delayed job fires at the same moment, and the lost job is put back.
 */
let db: TestDatabase;
let own: Awaited<ReturnType<typeof startOwnRedis>>;
let producer: ReturnType<typeof createProducerConnection>;
let jobs: JobQueue;
let placement: Queue;
const workers: Spawned[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  own = await startOwnRedis("fault-worker");
  producer = createProducerConnection(own.url);
  jobs = createJobQueue(producer);
  placement = new Queue(PLACEMENT_QUEUE, { connection: { url: own.url } });
});
afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGTERM");
  await Promise.all(workers.map((w) => w.exited));
  await placement?.close();
  await jobs?.close();
  producer?.disconnect();
  await own?.stop();
  await db?.drop();
});

it("expires every overdue offer within seconds after the worker restarts, once each, and puts back lost delayed jobs", async () => {
  const first = startWorker(db, own.url);
  workers.push(first);
  await first.waitForOutput(/\[worker\] ready/, 30_000);
  const coordinator = await coordinatorWith(db, jobs);
  const offers = [];
  for (const requestId of await requestsInMatching(db, 4)) offers.push(await sendBestOffer(coordinator, requestId));
  const [future, ...overdue] = offers.map((o) => o.id);
  const overdueIds = overdue as string[];

  first.child.kill("SIGKILL");
  await first.exited;
  // While no worker runs: three deadlines pass, and Redis loses the fourth offer's timer.
  await setDeadlines(db, overdueIds, new Date(Date.now() - 1000));
  await (await placement.getJob(`offer-expiry-${future}`))!.remove();
  expect((await offerRows(db, overdueIds)).every((o) => o.status === "open")).toBe(true);

  const second = startWorker(db, own.url);
  workers.push(second);
  const restartedAt = Date.now();
  // The overdue offers' own delayed jobs fire right now too, racing the sweep.
  for (const id of overdueIds) await (await placement.getJob(`offer-expiry-${id}`))!.promote();

  expect(await waitUntil(async () => (await offerRows(db, overdueIds)).every((o) => o.status === "expired"), 15_000)).toBe(true);
  const expiredWithinMs = Date.now() - restartedAt;
  expect(expiredWithinMs).toBeLessThan(15_000);
  expect(await waitUntil(async () => (await placement.getJob(`offer-expiry-${future}`))?.isDelayed() ?? false, 15_000)).toBe(true);
  // Let the promoted jobs finish: each finds its offer expired already and does nothing.
  const promotedDone = async () =>
    (await Promise.all(overdueIds.map(async (id) => (await placement.getJob(`offer-expiry-${id}`))?.isCompleted()))).every(Boolean);
  expect(await waitUntil(promotedDone, 15_000)).toBe(true);

  expect(await expiriesApplied(db, overdueIds)).toEqual([1, 1, 1]);
  expect(await expiriesApplied(db, [future!])).toEqual([0]);
  const rows = await offerRows(
    db,
    offers.map((o) => o.id),
  );
  expect(rows.find((o) => o.id === future)!.status).toBe("open");
  expect(rows.filter((o) => o.id !== future).every((o) => o.request_status === "matching")).toBe(true);

  console.info(
    `Worker stopped past deadlines: ${overdueIds.length} overdue offers expired once each within ${expiredWithinMs} ms of the restart ` +
      `(their delayed jobs racing the sweep), 1 lost delayed job put back, 1 offer still open`,
  );
});
