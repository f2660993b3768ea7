import { z } from "zod";
import { defineJob } from "../job.ts";
import { sweepOverdueOffersOnce } from "../offer-sweep.ts";
import { PLACEMENT_QUEUE } from "../queues.ts";

/**
 * Fires just after a slice of deadlines: every overdue offer (of every region) expires and its
 * request returns to matching. One timer per slice, not per offer: 10,000 offers due within a
 * minute are a few hundred jobs of a few statements per region, not 10,000 transactions. A timer
 * for precision only: the worker's sweep expires overdue offers from the database itself.
 */
export const offerExpiryJob = defineJob({
  queue: PLACEMENT_QUEUE,
  name: "offer-expiry",
  version: 2,
  payload: z.object({ dueBy: z.iso.datetime() }),
  async handle(_payload, deps) {
    const expired = await sweepOverdueOffersOnce(deps.db);
    // An expired offer frees its reserved place: someone waiting may fit now. Re-matched on its
    // own queue, once per region per burst; the expiry itself only hands it over.
    if (expired.length > 0) await deps.rematch([...new Set(expired.map((e) => e.regionId))]);
    return { expired: expired.length };
  },
});

/** Deadlines are grouped in slices of this length; one timer fires at the end of each. */
export const EXPIRY_SLICE_MS = 250;

/**
 * How long after its slice ends a timer fires: enough for the worker's clock to agree that the
 * deadlines passed, small against the 1 s within which an offer should expire (issue 12).
 */
export const EXPIRY_TIMER_MARGIN_MS = 100;

/**
 * The timer for an offer's deadline: the job of the slice it falls in (its id makes adding it again
 * a no-op, so every offer of a slice shares one job), firing just after the slice ends.
 */
export function offerExpiryTimer(deadlineAt: Date, now: Date = new Date()) {
  const sliceEnd = Math.ceil(deadlineAt.getTime() / EXPIRY_SLICE_MS) * EXPIRY_SLICE_MS;
  return {
    payload: { dueBy: new Date(sliceEnd).toISOString() },
    options: { delay: Math.max(0, sliceEnd - now.getTime()) + EXPIRY_TIMER_MARGIN_MS, jobId: `offer-expiry-${sliceEnd}` },
  };
}
