import { Queue } from "bullmq";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { canPing } from "@jeugdregie/config";
import { createJobQueue, createProducerConnection, MATCHING_QUEUE, REMATCH_AFTER_EXPIRY_MS, type JobQueue } from "@jeugdregie/jobs";
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
 * Redis killed hard (kill -9) while offers wait for their deadline, and a coordinator sends an
 * offer while it is down. The deadline is in the database: every offer expires within seconds
 * of it, exactly once; the send answers within seconds instead of hanging; the supervisor
 * brings Redis back with its data, and the re-matching that the expiries call for still runs.
 */
let db: TestDatabase;
let own: Awaited<ReturnType<typeof startOwnRedis>>;
let worker: Spawned;
let producer: ReturnType<typeof createProducerConnection>;
let jobs: JobQueue;

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  // Redis stays down for a few seconds after the kill, long enough to send an offer meanwhile.
  own = await startOwnRedis("fault-redis", { initialDelayMs: 3000 });
  worker = startWorker(db, own.url);
  await worker.waitForOutput(/\[worker\] ready/, 30_000);
  producer = createProducerConnection(own.url);
  jobs = createJobQueue(producer);
});
afterAll(async () => {
  worker?.child.kill("SIGTERM");
  await worker?.exited;
  await jobs?.close();
  producer?.disconnect();
  await own?.stop();
  await db?.drop();
});

it(
  "expires every offer within seconds of its deadline across a Redis kill -9, once each; a send meanwhile answers fast",
  { timeout: 150_000 },
  async () => {
    const coordinator = await coordinatorWith(db, jobs);
    const [extraRequest, ...requestIds] = await requestsInMatching(db, 5);
    const offers = [];
    for (const requestId of requestIds) offers.push(await sendBestOffer(coordinator, requestId));
    const { regionId } = await db.owner
      .selectFrom("regions")
      .select("id as regionId")
      .where("code", "=", "haaglanden")
      .executeTakeFirstOrThrow();

    // Their timers are in Redis; their deadlines come while it is down.
    await setDeadlines(
      db,
      offers.map((o) => o.id),
      new Date(Date.now() + 1500),
    );
    const killed = own.redis.child.pid!;
    process.kill(killed, "SIGKILL");
    expect(await waitUntil(() => producer.status !== "ready", 5000)).toBe(true);

    const started = Date.now();
    const sent = await sendBestOffer(coordinator, extraRequest!).then(
      (offer) => ({ offer, error: null }),
      (error: TRPCError) => ({ offer: null, error }),
    );
    const answeredInMs = Date.now() - started;
    expect(answeredInMs).toBeLessThan(5000);
    if (sent.error) {
      // Refused: with a clear message, and nothing half-done.
      expect(sent.error.code).toBe("SERVICE_UNAVAILABLE");
      expect(sent.error.message).toMatch(/niet bereikbaar/);
    } else {
      offers.push(sent.offer!);
      await setDeadlines(db, [sent.offer!.id], new Date(Date.now() + 1000));
    }
    const ids = offers.map((o) => o.id);

    // The supervisor restarts Redis on the same port; the worker survived the outage.
    expect(await waitUntil(async () => own.redis.child.pid !== killed && (await canPing(own.url)), 20_000)).toBe(true);
    expect(own.logs.join("\n")).toMatch(/Redis stopped unexpectedly \(signal SIGKILL\); restarting/);
    expect(worker.child.exitCode).toBeNull();

    expect(await waitUntil(async () => (await offerRows(db, ids)).every((o) => o.status === "expired"), 20_000)).toBe(true);
    const rows = await offerRows(db, ids);
    const lateness = rows.map((o) => o.responded_at!.getTime() - o.deadline_at.getTime());
    expect(Math.max(...lateness)).toBeLessThan(5000);
    expect(rows.every((o) => o.request_status === "matching")).toBe(true);
    expect(await expiriesApplied(db, ids)).toEqual(ids.map(() => 1));

    // The expiries freed places: the region is re-matched once Redis takes the job (deduplicated per region).
    const matching = new Queue(MATCHING_QUEUE, { connection: { url: own.url } });
    const rematched = async () =>
      (await matching.getJobs(["completed"])).filter((j) => j.name === "rematch-waiting" && j.data.regionId === regionId).length;
    // After a burst of expiries the worker waits REMATCH_AFTER_EXPIRY_MS (30 s) before re-matching.
    expect(await waitUntil(async () => (await rematched()) > 0, REMATCH_AFTER_EXPIRY_MS + 15_000)).toBe(true);
    const rematchRuns = await rematched();
    await matching.close();
    expect(rematchRuns).toBeLessThanOrEqual(ids.length);

    console.info(
      `Redis kill -9: ${ids.length} offers expired once each (latest ${Math.max(...lateness)} ms after its deadline), ` +
        `send during the outage answered in ${answeredInMs} ms (${sent.error ? "refused" : "sent"}), ${rematchRuns} re-match run(s) for the region`,
    );
  },
);
