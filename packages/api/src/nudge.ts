import type { z } from "zod";
import { isAppError } from "@jeugdregie/domain";
import type { JobDefinition, JobQueue } from "@jeugdregie/jobs";
import type { Context } from "./context.ts";

/**
 * Hands the worker work whose truth is already committed in the database, right after that commit:
 * an offer's expiry (the worker's deadline sweep expires it anyway), an e-mail (the outbox relay
 * sends it anyway), a re-match (the next freed place or expiry queues one again). So the request
 * succeeds when Redis is down: the enqueue fails fast, is logged, and the worker catches up.
 */
export async function nudgeWorker<T extends z.ZodType>(
  ctx: Pick<Context, "deps" | "requestId">,
  definition: JobDefinition<T>,
  payload: z.input<T>,
  options?: Parameters<JobQueue["enqueue"]>[2],
): Promise<void> {
  try {
    await ctx.deps.jobs.enqueue(definition, payload, options);
  } catch (error) {
    if (!isAppError(error) || error.code !== "UNAVAILABLE") throw error;
    ctx.deps.logger.warn(
      { requestId: ctx.requestId, job: definition.name, cause: error.details?.cause },
      "job queue unavailable: the committed change stands, the worker's sweep or relay takes it over",
    );
  }
}
