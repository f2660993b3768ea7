import { sql } from "kysely";
import { AppError, freePlaces, isOrderedPeriod, type EndDestination, type TenantScope } from "@jeugdregie/domain";
import { keysetPage, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";
import { lockLocation, occupancyOf } from "./candidates.ts";
import { requireRequest } from "./requests.ts";

/** The request's latest placement (a request placed again has several), or null. */
export async function latestPlacementOf(tx: Tx, regionId: string, requestId: string) {
  const row = await tx
    .selectFrom("placements")
    .selectAll()
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return row ?? null;
}

export async function startPlacement(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  requestId: string,
  input: { startsOn: string; plannedEndOn: string | null; crisisCapEndsOn: string | null },
) {
  const offer = await tx
    .selectFrom("offers")
    .selectAll()
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .where("status", "=", "accepted")
    .executeTakeFirst();
  if (!offer)
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Plaatsen kan alleen na een geaccepteerde voorlegging.",
      en: "A placement needs an accepted offer.",
    });
  // The accepted offer already holds the place; the lock keeps a capacity cut from double-booking it.
  await lockLocation(tx, offer.location_id);
  const location = await tx.selectFrom("locations").select("capacity").where("id", "=", offer.location_id).executeTakeFirst();
  const occupancy = await occupancyOf(tx, offer.location_id);
  if (location && freePlaces({ capacity: location.capacity, occupied: occupancy.occupied, reserved: occupancy.reserved - 1 }) === 0) {
    throw new AppError("CONFLICT", {
      nl: "De locatie heeft geen plek meer: de capaciteit is intussen verlaagd.",
      en: "The location has no place left: its capacity was lowered meanwhile.",
    });
  }
  const placement = await tx
    .insertInto("placements")
    .values({
      region_id: regionId,
      request_id: requestId,
      offer_id: offer.id,
      location_region_id: offer.location_region_id,
      location_id: offer.location_id,
      provider_id: offer.provider_id,
      starts_on: input.startsOn,
      planned_end_on: input.plannedEndOn,
      crisis_cap_ends_on: input.crisisCapEndsOn,
    })
    .returning(["id", "location_id", "provider_id"])
    .executeTakeFirstOrThrow();
  await writeAudit(tx, scope, {
    action: "create",
    entity: "placement",
    entityId: placement.id,
    regionId,
    details: { request: requestId, startsOn: input.startsOn },
  });
  return placement;
}

export async function endPlacement(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  requestId: string,
  input: { endedOn: string; destination: EndDestination; note: string | null },
) {
  const running = await tx
    .selectFrom("placements")
    .select("starts_on")
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .where("ended_on", "is", null)
    .executeTakeFirst();
  if (running && !isOrderedPeriod(String(running.starts_on), input.endedOn))
    throw new AppError("BAD_INPUT", {
      nl: `Een plaatsing kan niet eindigen voor ze begon (${String(running.starts_on)}).`,
      en: `A placement cannot end before it started (${String(running.starts_on)}).`,
    });
  const ended = await tx
    .updateTable("placements")
    .set({ ended_on: input.endedOn, end_destination: input.destination, end_note: input.note })
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .where("ended_on", "is", null)
    .returning(["id", "location_id"])
    .executeTakeFirst();
  if (!ended)
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Deze aanmelding heeft geen lopende plaatsing.",
      en: "This request has no running placement.",
    });
  await writeAudit(tx, scope, {
    action: "update",
    entity: "placement",
    entityId: ended.id,
    regionId,
    details: { request: requestId, ended: input },
  });
  return ended;
}

/** The coordinator's own early signal on a running placement of the region's request. */
export async function signalPlacementAtRisk(tx: Tx, scope: TenantScope, regionId: string, requestId: string, note: string) {
  await requireRequest(tx, regionId, requestId);
  const row = await tx
    .updateTable("placements")
    .set({ at_risk: true, at_risk_note: note, at_risk_since: new Date() })
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .where("ended_on", "is", null)
    .returning(["id"])
    .executeTakeFirst();
  if (!row)
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Deze aanmelding heeft geen lopende plaatsing.",
      en: "This request has no running placement.",
    });
  await writeAudit(tx, scope, {
    action: "update",
    entity: "placement",
    entityId: row.id,
    regionId,
    details: { request: requestId, atRisk: note },
  });
  return { region_id: regionId, request_id: requestId };
}

/** The provider's early signal on its own running placement, through the database's narrow function. */
export async function providerSignalsAtRisk(tx: Tx, scope: TenantScope, placementId: string, note: string) {
  const { rows } = await sql<{ placement_region: string; request: string }>`select * from app.signal_at_risk(${placementId}, ${note})`
    .execute(tx)
    .catch((error: unknown) => {
      throw mapConstraintError(error, {
        P0002: {
          nl: "Deze plaatsing loopt niet (meer) of is niet van jou.",
          en: "This placement is not running or not yours.",
          code: "NOT_FOUND",
        },
        "22023": { nl: "Beschrijf kort wat er speelt.", en: "Describe briefly what is going on.", code: "BAD_INPUT" },
      });
    });
  const row = rows[0]!;
  await writeAudit(tx, scope, {
    action: "update",
    entity: "placement",
    entityId: placementId,
    regionId: row.placement_region,
    organisation: scope.providerId,
    details: { request: row.request, atRisk: note },
  });
  return { region_id: row.placement_region, request_id: row.request };
}

/** The follow-up decision a crisis placement needs before its cap (continue elsewhere, go home, extend with reason). */
export async function recordFollowUpDecision(tx: Tx, scope: TenantScope, regionId: string, requestId: string, decision: string) {
  await requireRequest(tx, regionId, requestId);
  const row = await tx
    .updateTable("placements")
    .set({ follow_up_decision: decision })
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .where("ended_on", "is", null)
    .where("crisis_cap_ends_on", "is not", null)
    .returning("id")
    .executeTakeFirst();
  if (!row)
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Alleen een lopende crisisplaatsing vraagt om een vervolgbesluit.",
      en: "Only a running crisis placement needs a follow-up decision.",
    });
  await tx
    .updateTable("notifications")
    .set({ read_at: new Date() })
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .where("kind", "=", "crisis_cap")
    .where("read_at", "is", null)
    .execute();
  await writeAudit(tx, scope, {
    action: "update",
    entity: "placement",
    entityId: row.id,
    regionId,
    details: { request: requestId, followUp: decision },
  });
}

export const OTHER_REGION_LOCATION = "locatie in een andere regio";

/**
 * Every placement of the region for the coordinator's board, also at another region's location it
 * no longer sees (no longer pooled with it): the location is joined for its name only, never as a
 * filter, so RLS on locations cannot hide a placement.
 */
/** One page of the region's placements (at risk first, newest first) for the board, and the counts it shows. */
export async function boardPlacements(tx: Tx, regionId: string, page: PageRequest) {
  const query = tx
    .selectFrom("placements as p")
    .innerJoin("placement_requests as r", (j) => j.onRef("r.region_id", "=", "p.region_id").onRef("r.id", "=", "p.request_id"))
    .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
    .leftJoin("locations as l", (j) => j.onRef("l.region_id", "=", "p.location_region_id").onRef("l.id", "=", "p.location_id"))
    .select([
      "p.id",
      "p.request_id",
      "c.pseudonym",
      sql<string>`coalesce(l.name, ${OTHER_REGION_LOCATION})`.as("location_name"),
      "p.starts_on",
      "p.planned_end_on",
      "p.crisis_cap_ends_on",
      "p.ended_on",
      "p.end_destination",
      "p.at_risk",
      "p.at_risk_note",
      "r.urgency",
    ])
    .where("p.region_id", "=", regionId);
  return keysetPage(
    query,
    [
      { expr: sql`p.at_risk`, type: "bool" },
      { expr: sql`p.starts_on`, type: "date" },
      { expr: sql`p.id`, type: "uuid" },
    ],
    "desc",
    page,
  );
}

/**
 * The board's figures over all the region's placements, counted in SQL in one pass: running,
 * re-placements and at risk, and per month the placements started and how many outside the region
 * (the region's own trend). One scan instead of two, read from the covering index of migration 0036
 * without visiting the placements themselves.
 */
export async function boardFigures(tx: Tx, regionId: string) {
  const { rows } = await sql<{
    month: string | null;
    placed: number;
    outside: number;
    running: number;
    re_placements: number;
    at_risk: number;
  }>`
    select to_char(date_trunc('month', starts_on), 'YYYY-MM') as month, count(*)::int as placed,
      count(*) filter (where location_region_id <> region_id)::int as outside,
      count(*) filter (where ended_on is null)::int as running,
      count(*) filter (where end_destination = 'another_placement')::int as re_placements,
      count(*) filter (where at_risk and ended_on is null)::int as at_risk
    from placements where region_id = ${regionId}
    group by grouping sets ((date_trunc('month', starts_on)), ())
    order by month nulls first`.execute(tx);
  const total = rows.find((r) => r.month === null);
  return {
    running: total?.running ?? 0,
    rePlacements: total?.re_placements ?? 0,
    atRisk: total?.at_risk ?? 0,
    outOfRegionByMonth: rows.filter((r) => r.month !== null).map((r) => ({ month: r.month!, placed: r.placed, outside: r.outside })),
  };
}
