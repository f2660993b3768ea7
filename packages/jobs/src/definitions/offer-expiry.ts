import { z } from "zod";
import { defineJob } from "../job.ts";
import { processOfferExpiry } from "../placement.ts";
import { PLACEMENT_QUEUE } from "../queues.ts";

/**
 * Fires at an offer's deadline: an unanswered offer expires and the request returns to matching.
 * A timer for precision only: the worker's sweep expires overdue offers from the database itself.
 */
export const offerExpiryJob = defineJob({
  queue: PLACEMENT_QUEUE,
  name: "offer-expiry",
  version: 1,
  payload: z.object({ regionId: z.uuid(), offerId: z.uuid() }),
  async handle(payload, deps) {
    const result = await processOfferExpiry(deps.db, payload);
    // An expired offer frees its reserved place: someone waiting may fit now. Re-matched on its
    // own queue, once per region per burst; the expiry itself only hands it over.
    if (result === "expired") await deps.rematch([payload.regionId]);
    return result;
  },
});

/**
 * How long after its deadline an offer's timer fires: enough for the worker's clock to agree that
 * the deadline passed, small against the 1 s within which an offer should expire (issue 12).
 */
export const EXPIRY_TIMER_MARGIN_MS = 200;

/** One delayed expiry job per offer (its id makes adding it again a no-op), just after the deadline. */
export function offerExpiryJobOptions(offerId: string, deadlineAt: Date, now: Date = new Date()) {
  return { delay: Math.max(0, deadlineAt.getTime() - now.getTime()) + EXPIRY_TIMER_MARGIN_MS, jobId: `offer-expiry-${offerId}` };
}
