import { sql } from "kysely";
import type { Database } from "../../client.ts";
import { withScheduler } from "../../tenant.ts";

export interface OfferDeadline {
  regionId: string;
  offerId: string;
  deadlineAt: Date;
}

/**
 * Open offers whose deadline is at or before `dueBy`, in every region, soonest first: what the
 * worker's sweep expires (dueBy = now) and whose delayed jobs it puts back (dueBy = far future).
 * Ids and deadlines only, through the scheduler's narrow function (migration 0016).
 */
export async function openOfferDeadlines(db: Database, dueBy: Date): Promise<OfferDeadline[]> {
  return withScheduler(db, async (tx) => {
    const { rows } = await sql<{ region_id: string; offer_id: string; deadline_at: Date }>`
      select region_id, offer_id, deadline_at from app.open_offer_deadlines(${dueBy})`.execute(tx);
    return rows.map((r) => ({ regionId: r.region_id, offerId: r.offer_id, deadlineAt: r.deadline_at }));
  });
}
