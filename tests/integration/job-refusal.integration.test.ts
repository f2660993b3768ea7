import { Queue, QueueEvents, Worker } from "bullmq";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { inject } from "vitest";
import { createDatabase } from "@jeugdregie/db";
import { createJobQueue, createProcessors, createProducerConnection, sendEmailJob, workerIdentity, type JobDeps } from "@jeugdregie/jobs";

/**
 * A job whose version or payload its definition does not accept (an old producer, a hand-made job)
 * reaches a real BullMQ worker: refused, logged and failed at once, never retried and never run.
 */
const queueName = `refusal-${process.pid}`;
const definition = { ...sendEmailJob, queue: queueName, handle: vi.fn(async () => "sent") };
const logger = { error: vi.fn() };
const deps: JobDeps = {
  db: createDatabase("postgres://nobody@127.0.0.1:1/none"),
  cipher: { encrypt: (text) => text, decrypt: (text) => text },
  mail: null,
  identity: workerIdentity(),
  rematch: async () => undefined,
};
let queue: Queue;
let events: QueueEvents;
let worker: Worker;

beforeAll(async () => {
  const connection = { url: inject("redisUrl") };
  queue = new Queue(queueName, { connection });
  events = new QueueEvents(queueName, { connection });
  await events.waitUntilReady();
  worker = new Worker(queueName, createProcessors([definition], deps, logger).get(queueName)!, { connection });
});

afterAll(async () => {
  await worker.close();
  await queue.obliterate({ force: true });
  await Promise.all([queue.close(), events.close(), deps.db.destroy()]);
});

async function settle(jobId: string) {
  const job = (await queue.getJob(jobId))!;
  await job.waitUntilFinished(events).catch(() => undefined);
  return { state: await queue.getJobState(jobId), job: (await queue.getJob(jobId))! };
}

it("fails a job with an unknown version at once, without retries, logs it and never runs it", async () => {
  const added = await queue.add(definition.name, { version: 2, outboxId: "1" }, { attempts: 5, backoff: { type: "fixed", delay: 10 } });
  const { state, job } = await settle(added.id!);
  expect(state).toBe("failed");
  expect(job.attemptsMade).toBe(1);
  expect(job.failedReason).toMatch(/unknown version/);
  expect(definition.handle).not.toHaveBeenCalled();
  expect(logger.error).toHaveBeenCalledWith(
    expect.objectContaining({ jobId: added.id, reason: "unknown version", version: 2 }),
    "job refused",
  );
});

it("fails a job with a payload its schema refuses the same way", async () => {
  const added = await queue.add(
    definition.name,
    { version: 1, outboxId: "not a number" },
    { attempts: 5, backoff: { type: "fixed", delay: 10 } },
  );
  const { state, job } = await settle(added.id!);
  expect(state).toBe("failed");
  expect(job.attemptsMade).toBe(1);
  expect(job.failedReason).toMatch(/invalid payload/);
  expect(definition.handle).not.toHaveBeenCalled();
});

it("runs a job queued through enqueue(definition, payload), which stamps the version; a bad payload is never queued", async () => {
  const producer = createProducerConnection(inject("redisUrl"));
  const jobs = createJobQueue(producer);
  try {
    const id = await jobs.enqueue(definition, { outboxId: "42" });
    const { state, job } = await settle(id);
    expect(state).toBe("completed");
    expect(job.data).toEqual({ outboxId: "42", version: 1 });
    expect(definition.handle).toHaveBeenCalledWith({ outboxId: "42" }, deps);
    await expect(jobs.enqueue(definition, { outboxId: "x" })).rejects.toThrow();
    expect(await queue.getJobCounts("waiting", "delayed", "active")).toEqual({ waiting: 0, delayed: 0, active: 0 });
  } finally {
    await jobs.close();
    producer.disconnect();
  }
});
