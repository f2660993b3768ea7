import { Queue } from "bullmq";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  createJobQueue,
  createProducerConnection,
  offerExpiryJob,
  offerExpiryTimer,
  PLACEMENT_QUEUE,
  type JobQueue,
} from "@jeugdregie/jobs";
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
 * even while a timer fires at the same moment, and the lost timer is put back.
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
  // While no worker runs: three deadlines pass, the fourth moves a day on, and Redis loses every
  // timer of these offers (the slice timers they were given when sent).
  await setDeadlines(db, overdueIds, new Date(Date.now() - 1000));
  const futureDeadline = new Date(Date.now() + 86_400_000);
  await setDeadlines(db, [future!], futureDeadline);
  for (const offer of offers) await (await placement.getJob(offerExpiryTimer(offer.deadline_at).options.jobId))?.remove();
  expect((await offerRows(db, overdueIds)).every((o) => o.status === "open")).toBe(true);

  const second = startWorker(db, own.url);
  workers.push(second);
  const restartedAt = Date.now();
  // The overdue offers' slice timer fires right now too, racing the sweep.
  const overdueTimer = offerExpiryTimer(new Date(Date.now() - 1000));
  await jobs.enqueue(offerExpiryJob, overdueTimer.payload, overdueTimer.options);

  expect(await waitUntil(async () => (await offerRows(db, overdueIds)).every((o) => o.status === "expired"), 15_000)).toBe(true);
  const expiredWithinMs = Date.now() - restartedAt;
  expect(expiredWithinMs).toBeLessThan(15_000);
  const futureTimer = offerExpiryTimer(futureDeadline).options.jobId;
  expect(await waitUntil(async () => (await placement.getJob(futureTimer))?.isDelayed() ?? false, 15_000)).toBe(true);
  // Let the racing timer finish: it finds the offers expired already (or expires them itself), once.
  expect(await waitUntil(async () => (await placement.getJob(overdueTimer.options.jobId))?.isCompleted() ?? false, 15_000)).toBe(true);

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
      `(their slice timer racing the sweep), 1 lost timer put back, 1 offer still open`,
  );
});
