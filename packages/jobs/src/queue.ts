import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import type { z } from "zod";
import { AppError } from "@jeugdregie/domain";
import type { JobDefinition } from "./job.ts";
import { jobData } from "./registry.ts";

/** What the API needs to hand work to the worker: validated payloads onto named queues, the only way in. */
export interface JobQueue {
  /**
   * Validates the payload against the definition (a ZodError for a bad one: a bug, never queued) and
   * stamps its version. Fails within `timeoutMs` with an UNAVAILABLE AppError when Redis cannot take the job.
   */
  enqueue<T extends z.ZodType>(definition: JobDefinition<T>, payload: z.input<T>, options?: JobsOptions): Promise<string>;
  close(): Promise<void>;
}

const DEFAULTS: JobsOptions = { attempts: 5, backoff: { type: "exponential", delay: 2000 }, removeOnComplete: 1000, removeOnFail: 5000 };

/** How long an enqueue may take before the caller hears that the queue is unavailable. */
export const ENQUEUE_TIMEOUT_MS = 2000;

export const queueUnavailable = (cause?: unknown) =>
  new AppError(
    "UNAVAILABLE",
    {
      nl: "De achtergrondverwerking is even niet bereikbaar. Probeer het over een minuut opnieuw.",
      en: "Background processing is unavailable for a moment. Please try again in a minute.",
    },
    { cause: cause instanceof Error ? cause.message : String(cause) },
  );

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Queues on one connection. Give it a producer connection (createProducerConnection) so that a
 * Redis that is down makes an enqueue fail fast rather than hang.
 */
export function createJobQueue(connection: Redis, options: { timeoutMs?: number } = {}): JobQueue {
  const timeoutMs = options.timeoutMs ?? ENQUEUE_TIMEOUT_MS;
  const queues = new Map<string, Queue>();
  const queueFor = (name: string) => {
    let queue = queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection });
      // Connection trouble surfaces as a failed enqueue below; unheard, this event would crash the process.
      queue.on("error", () => undefined);
      queues.set(name, queue);
    }
    return queue;
  };
  return {
    async enqueue(definition, payload, jobOptions) {
      const data = jobData(definition, payload);
      try {
        const job = await withTimeout(queueFor(definition.queue).add(definition.name, data, { ...DEFAULTS, ...jobOptions }), timeoutMs);
        return job.id!;
      } catch (error) {
        throw queueUnavailable(error);
      }
    },
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}
