import { UnrecoverableError, type Job, type JobSchedulerTemplateOptions, type Queue, type RepeatOptions } from "bullmq";
import type { z } from "zod";
import type { Logger } from "@jeugdregie/config";
import type { JobDefinition, JobDeps } from "./job.ts";

/** What goes onto a queue for a job: its validated payload, stamped with the definition's version. */
export function jobData<T extends z.ZodType>(definition: JobDefinition<T>, payload: z.input<T>): Record<string, unknown> {
  return { ...(definition.payload.parse(payload) as object), version: definition.version };
}

/** A repeating job, on the same validated path as `enqueue`. */
export async function scheduleJob<T extends z.ZodType>(
  queue: Queue,
  schedulerId: string,
  repeat: Omit<RepeatOptions, "key">,
  definition: JobDefinition<T>,
  payload: z.input<T>,
  opts?: JobSchedulerTemplateOptions,
): Promise<void> {
  if (queue.name !== definition.queue) throw new Error(`${definition.name} runs on ${definition.queue}, not on ${queue.name}`);
  await queue.upsertJobScheduler(schedulerId, repeat, { name: definition.name, data: jobData(definition, payload), ...(opts && { opts }) });
}

/** A job the worker will not run: failed at once, never retried (BullMQ's UnrecoverableError). */
export class RefusedJobError extends UnrecoverableError {
  constructor(message: string) {
    super(message);
    this.name = "RefusedJobError";
  }
}

export type JobProcessor = (job: Pick<Job, "id" | "name" | "data">) => Promise<unknown>;

/**
 * One processor per queue from the list of definitions: a job is looked up by name; a job nobody
 * defines, with a version other than its definition's, or with a payload its schema refuses is
 * logged (ids and zod issue paths only: payloads may name a child) and failed without a retry,
 * since retrying cannot make it valid.
 */
export function createProcessors(
  definitions: readonly JobDefinition[],
  deps: JobDeps,
  logger: Pick<Logger, "error">,
): Map<string, JobProcessor> {
  const byQueue = new Map<string, Map<string, JobDefinition>>();
  for (const definition of definitions) {
    const names = byQueue.get(definition.queue) ?? new Map<string, JobDefinition>();
    if (names.has(definition.name)) throw new Error(`job ${definition.name} is defined twice on ${definition.queue}`);
    byQueue.set(definition.queue, names.set(definition.name, definition));
  }
  const processor =
    (queue: string, names: Map<string, JobDefinition>): JobProcessor =>
    async (job) => {
      const refuse = (reason: string, details: Record<string, unknown> = {}) => {
        logger.error({ queue, job: job.name, jobId: job.id, reason, ...details }, "job refused");
        return new RefusedJobError(`job ${job.name} (${job.id}) on ${queue} refused: ${reason}`);
      };
      const definition = names.get(job.name);
      if (!definition) throw refuse("unknown job");
      const { version, ...payload } = (job.data ?? {}) as { version?: unknown };
      if (version !== definition.version) throw refuse("unknown version", { version, expected: definition.version });
      const parsed = definition.payload.safeParse(payload);
      if (!parsed.success)
        throw refuse("invalid payload", { issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), code: issue.code })) });
      return definition.handle(parsed.data, deps);
    };
  return new Map([...byQueue].map(([queue, names]) => [queue, processor(queue, names)]));
}
