import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import type { z } from "zod";
import type { JobDefinition } from "./definitions.ts";

/** What the API needs to hand work to the worker: validated payloads onto named queues. */
export interface JobQueue {
  enqueue<T extends z.ZodType>(definition: JobDefinition<T>, payload: z.infer<T>, options?: JobsOptions): Promise<string>;
  close(): Promise<void>;
}

const DEFAULTS: JobsOptions = { attempts: 5, backoff: { type: "exponential", delay: 2000 }, removeOnComplete: 1000, removeOnFail: 5000 };

export function createJobQueue(connection: Redis): JobQueue {
  const queues = new Map<string, Queue>();
  const queueFor = (name: string) => {
    let queue = queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection });
      queues.set(name, queue);
    }
    return queue;
  };
  return {
    async enqueue(definition, payload, options) {
      const data = definition.payload.parse(payload);
      const job = await queueFor(definition.queue).add(
        definition.name,
        { version: definition.version, ...(data as object) },
        { ...DEFAULTS, ...options },
      );
      return job.id!;
    },
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}
