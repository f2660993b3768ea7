import { openOfferDeadlines, type Database } from "@jeugdregie/db";
import { offerExpiryJob, offerExpiryJobOptions } from "./definitions/offer-expiry.ts";
import { processOfferExpiry } from "./placement.ts";
import type { JobQueue } from "./queue.ts";

/**
 * The deadline sweep (the shape of documenso's expire-recipients-sweep): the database, not a
 * delayed job, says which offers are overdue; each is expired in its region's own scope,
 * idempotently. Re-matching is not done here: the caller queues it per region.
 */
export async function sweepOverdueOffers(db: Database, now: Date = new Date()): Promise<{ regionId: string; offerId: string }[]> {
  const expired: { regionId: string; offerId: string }[] = [];
  for (const { regionId, offerId } of await openOfferDeadlines(db, now)) {
    if ((await processOfferExpiry(db, { regionId, offerId }, now)) === "expired") expired.push({ regionId, offerId });
  }
  return expired;
}

/** Far enough ahead to include every open offer (deadlines are days, not years). */
const EVERY_DEADLINE = new Date("9999-12-31T00:00:00Z");

/**
 * Puts back the delayed expiry job of every open offer. Adding a job whose id exists is a no-op,
 * so this only re-creates what Redis lost (a crash without persistence, a flushed Redis, an
 * enqueue that failed after the offer was committed). Returns how many open offers it covered.
 */
export async function ensureOfferExpiryJobs(db: Database, queue: JobQueue, now: Date = new Date()): Promise<number> {
  const open = await openOfferDeadlines(db, EVERY_DEADLINE);
  for (const { regionId, offerId, deadlineAt } of open) {
    await queue.enqueue(offerExpiryJob, { regionId, offerId }, offerExpiryJobOptions(offerId, deadlineAt, now));
  }
  return open.length;
}
