import { z } from "zod";
import { defineJob } from "../job.ts";
import { processRematchWaiting } from "../placement.ts";
import { MATCHING_QUEUE } from "../queues.ts";

/** Capacity appeared in a region (a place freed, capacity raised): look again for waiting requests. */
export const rematchWaitingJob = defineJob({
  queue: MATCHING_QUEUE,
  name: "rematch-waiting",
  version: 1,
  payload: z.object({ regionId: z.uuid() }),
  handle: (payload, deps) => processRematchWaiting(deps.db, payload),
});

/** A region is re-matched at most once per this many ms: the first freed place starts the wait. */
export const REMATCH_DEBOUNCE_MS = 5_000;

/**
 * Re-matching reads the whole region: one job per region at a time, run a few seconds after the
 * first trigger so a burst of freed places (10,000 expiring offers) is one run per region, plus
 * at most one follow-up (again delayed) when places free up while it runs.
 */
export function rematchWaitingJobOptions(regionId: string) {
  return { delay: REMATCH_DEBOUNCE_MS, deduplication: { id: `rematch-waiting-${regionId}`, keepLastIfActive: true } };
}
