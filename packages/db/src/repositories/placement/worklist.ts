import { sql } from "kysely";
import type { RequestStatus } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";

/** Statuses that wait for the placement point to act: triage, a match to choose, an accepted offer to place. */
export const NEEDS_ACTION_STATUSES = ["submitted", "triage", "matching", "accepted"] as const satisfies RequestStatus[];

/** How many rows each list of the work list shows at most; the counts say how many there are. */
export const WORKLIST_LIMIT = 25;

const child = sql<string>`(select c.pseudonym from children c where c.region_id = r.region_id and c.id = r.child_id)`;

/**
 * The coordinator's start page, in four bounded lists, each found through an index made for it
 * (migration 0018): requests waiting for action (longest waiting first), open offers by deadline,
 * placements under pressure, and children waiting with interim help. Row-level security limits the
 * crisis team to crisis requests.
 */
export async function workList(tx: Tx, regionId: string, limit = WORKLIST_LIMIT) {
  const needsAction = await tx
    .selectFrom("placement_requests as r")
    .select(["r.id", "r.status", "r.urgency", "r.care_type", "r.submitted_at", child.as("pseudonym")])
    .where("r.region_id", "=", regionId)
    .where("r.status", "in", [...NEEDS_ACTION_STATUSES])
    // crisis first; the index finds the rows, the few that wait for action are sorted
    .orderBy(sql`r.urgency = 'crisis'`, "desc")
    .orderBy("r.submitted_at")
    .orderBy("r.id")
    .limit(limit)
    .execute();
  const needsActionCount = await tx
    .selectFrom("placement_requests as r")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("r.region_id", "=", regionId)
    .where("r.status", "in", [...NEEDS_ACTION_STATUSES])
    .executeTakeFirstOrThrow();
  const offers = await tx
    .selectFrom("offers as o")
    .innerJoin("placement_requests as r", (j) => j.onRef("r.region_id", "=", "o.region_id").onRef("r.id", "=", "o.request_id"))
    .leftJoin("locations as l", (j) => j.onRef("l.region_id", "=", "o.location_region_id").onRef("l.id", "=", "o.location_id"))
    .leftJoin("providers as v", "v.id", "o.provider_id")
    .select([
      "o.id",
      "o.request_id",
      "o.deadline_at",
      "o.sent_at",
      "r.urgency",
      "l.name as location_name",
      "v.name as provider_name",
      child.as("pseudonym"),
    ])
    .where("o.region_id", "=", regionId)
    .where("o.status", "=", "open")
    .orderBy("o.deadline_at")
    .limit(limit)
    .execute();
  const atRisk = await tx
    .selectFrom("placements as p")
    .innerJoin("placement_requests as r", (j) => j.onRef("r.region_id", "=", "p.region_id").onRef("r.id", "=", "p.request_id"))
    .leftJoin("locations as l", (j) => j.onRef("l.region_id", "=", "p.location_region_id").onRef("l.id", "=", "p.location_id"))
    .select(["p.id", "p.request_id", "p.at_risk_since", "p.at_risk_note", "l.name as location_name", child.as("pseudonym")])
    .where("p.region_id", "=", regionId)
    .where("p.at_risk", "=", true)
    .where("p.ended_on", "is", null)
    .orderBy("p.at_risk_since")
    .limit(limit)
    .execute();
  const waiting = await tx
    .selectFrom("placement_requests as r")
    .select(["r.id", "r.urgency", "r.care_type", "r.waiting_since", "r.interim_help", child.as("pseudonym")])
    .where("r.region_id", "=", regionId)
    .where("r.status", "=", "waiting")
    .orderBy("r.waiting_since")
    .orderBy("r.id")
    .limit(limit)
    .execute();
  const waitingCount = await tx
    .selectFrom("placement_requests as r")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("r.region_id", "=", regionId)
    .where("r.status", "=", "waiting")
    .executeTakeFirstOrThrow();
  return {
    needsAction: needsAction,
    needsActionTotal: Number(needsActionCount.n),
    offers,
    atRisk,
    waiting,
    waitingTotal: Number(waitingCount.n),
  };
}
