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
 * The wait when expiring offers freed the places (the worker's own bursts). Re-matching tells a
 * coordinator "a place fits a waiting child now": half a minute later is as good, and at national
 * scale 10,000 expiring offers re-matched every region every 5 s, which took the cores the expiry
 * timers needed (5,491 of 10,000 offers still open after their deadline). A person's act (more
 * capacity, a decline, a placement ended) keeps the short wait.
 */
export const REMATCH_AFTER_EXPIRY_MS = 30_000;

/**
 * Re-matching reads the whole region: one job per region at a time, run a few seconds after the
 * first trigger so a burst of freed places (10,000 expiring offers) is one run per region, plus
 * at most one follow-up (again delayed) when places free up while it runs. A person's trigger
 * brings a job waiting out an expiry burst forward to its own short wait (`reschedule`); an
 * expiry never pushes a waiting job back.
 */
export function rematchWaitingJobOptions(regionId: string, trigger: "person" | "expiry" = "person") {
  return trigger === "person"
    ? { delay: REMATCH_DEBOUNCE_MS, deduplication: { id: `rematch-waiting-${regionId}`, keepLastIfActive: true, reschedule: true } }
    : { delay: REMATCH_AFTER_EXPIRY_MS, deduplication: { id: `rematch-waiting-${regionId}`, keepLastIfActive: true } };
}
