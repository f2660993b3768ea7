import { sql } from "kysely";
import type { Tx } from "../../tenant.ts";

/*
 * What the worker's placement jobs read (offer expiry, re-matching, the hourly checks). Each runs in
 * the scope the job opened: a region's system scope, or the platform's for the cross-region reads.
 */

/** Running crisis placements of the region that have no follow-up decision yet. */
export async function crisisPlacementsAwaitingFollowUp(tx: Tx, regionId: string) {
  return tx
    .selectFrom("placements as p")
    .innerJoin("placement_requests as r", (j) => j.onRef("r.region_id", "=", "p.region_id").onRef("r.id", "=", "p.request_id"))
    .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
    .select(["p.request_id", "p.starts_on", "c.pseudonym"])
    .where("p.region_id", "=", regionId)
    .where("p.ended_on", "is", null)
    .where("p.crisis_cap_ends_on", "is not", null)
    .where("p.follow_up_decision", "is", null)
    .execute();
}

/**
 * Every active login of a provider with locations whose capacity was not confirmed within
 * `freshnessDays`, with how many such locations (through app.stale_locations; the platform's scope).
 */
export async function staleCapacityContacts(tx: Tx, freshnessDays: number) {
  const { rows } = await sql<{ email: string; provider_name: string; stale: number }>`
    select u.email, p.name as provider_name, count(distinct s.location_id)::int as stale
    from app.stale_locations(${freshnessDays}) s
    join providers p on p.id = s.provider_id
    join memberships m on m.provider_id = s.provider_id and m.role in ('provider_user', 'provider_admin')
    join users u on u.id = m.user_id and u.disabled_at is null
    group by u.email, p.name`.execute(tx);
  return rows;
}
