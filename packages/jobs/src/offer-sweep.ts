import { openOfferDeadlines, type Database } from "@jeugdregie/db";
import { offerExpiryJob, offerExpiryTimer } from "./definitions/offer-expiry.ts";
import { expireRegionOffers } from "./placement.ts";
import type { JobQueue } from "./queue.ts";

/** Regions expired side by side (each its own transaction and audit chain). */
const REGIONS_AT_ONCE = 4;

/**
 * The deadline sweep (the shape of documenso's expire-recipients-sweep): the database, not a
 * timer, says which offers are overdue; each region's are expired in the region's own scope, in
 * one transaction, idempotently. Re-matching is not done here: the caller queues it per region.
 */
export async function sweepOverdueOffers(db: Database, now: Date = new Date()): Promise<{ regionId: string; offerId: string }[]> {
  const regions = [...new Set((await openOfferDeadlines(db, now)).map((d) => d.regionId))];
  const expired: { regionId: string; offerId: string }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < regions.length) {
      const regionId = regions[next++]!;
      for (const { offerId } of await expireRegionOffers(db, regionId, now)) expired.push({ regionId, offerId });
    }
  };
  await Promise.all(Array.from({ length: Math.min(REGIONS_AT_ONCE, regions.length) }, lane));
  return expired;
}

type Expired = { regionId: string; offerId: string }[];
const sweeps = new WeakMap<Database, { running: Promise<Expired>; queued: Promise<Expired> | null }>();

/**
 * The sweep as the worker runs it: one at a time per database. A timer that fires while a sweep
 * runs does not start a second one over the same offers (that doubles the work exactly when the
 * worker is behind); it waits for one more sweep after the running one, shared by every timer that
 * fires meanwhile, which sees everything that became due.
 */
export function sweepOverdueOffersOnce(db: Database): Promise<Expired> {
  const state = sweeps.get(db);
  if (state) return (state.queued ??= state.running.catch(() => []).then(() => startSweep(db)));
  return startSweep(db);
}

function startSweep(db: Database): Promise<Expired> {
  const run: Promise<Expired> = sweepOverdueOffers(db).finally(() => {
    if (sweeps.get(db)?.running === run) sweeps.delete(db);
  });
  sweeps.set(db, { running: run, queued: null });
  return run;
}

/** Far enough ahead to include every open offer (deadlines are days, not years). */
const EVERY_DEADLINE = new Date("9999-12-31T00:00:00Z");

/**
 * Puts back the expiry timers of every open offer. Adding a job whose id exists is a no-op, so
 * this only re-creates what Redis lost (a crash without persistence, a flushed Redis, an enqueue
 * that failed after the offer was committed). Returns how many open offers it covered.
 */
export async function ensureOfferExpiryJobs(db: Database, queue: JobQueue, now: Date = new Date()): Promise<number> {
  const open = await openOfferDeadlines(db, EVERY_DEADLINE);
  const timers = new Map(open.map(({ deadlineAt }) => offerExpiryTimer(deadlineAt, now)).map((t) => [t.options.jobId, t]));
  for (const { payload, options } of timers.values()) await queue.enqueue(offerExpiryJob, payload, options);
  return open.length;
}
