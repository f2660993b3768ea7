import { takesEvent, transition, type RequestStatus, type TenantScope, type Urgency } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudits, type AuditEvent } from "../audit.ts";
import { anyOfIds } from "../../any-of.ts";

/** At most this many offers of one region in one transaction (a burst is taken in turns). */
export const EXPIRY_BATCH = 500;

export interface ExpiredOffer {
  offerId: string;
  requestId: string;
}

/**
 * Expires every open offer of the region whose deadline passed by `now`, in one transaction of a
 * few statements whatever their number: offers, their requests back to matching (the domain's
 * transition), one audit entry each. Offers another transaction holds (a provider answering at
 * this moment) are skipped, not waited for: the answer decides them, or the next run expires them.
 * So two runs (the timer and the sweep, two workers) never wait on or expire the same offer twice.
 */
export async function expireOverdueOffers(tx: Tx, scope: TenantScope, regionId: string, now: Date): Promise<ExpiredOffer[]> {
  const due = await tx
    .selectFrom("offers")
    .select(["id", "request_id"])
    .where("region_id", "=", regionId)
    .where("status", "=", "open")
    .where("deadline_at", "<=", now)
    .orderBy("id")
    .limit(EXPIRY_BATCH)
    .forUpdate()
    .skipLocked()
    .execute();
  if (due.length === 0) return [];
  const requests = await tx
    .selectFrom("placement_requests")
    .select(["id", "status", "urgency"])
    .where("region_id", "=", regionId)
    .where(
      anyOfIds(
        "id",
        due.map((o) => o.request_id),
      ),
    )
    .orderBy("id")
    .forUpdate()
    .execute();
  // A request that cannot take the expiry (the state machine says no) keeps its offer open: the
  // same as a single expiry refused by the domain, without stopping the rest of the batch.
  const next = new Map<string, { before: RequestStatus; after: RequestStatus }>();
  for (const r of requests) {
    const status = r.status as RequestStatus;
    if (takesEvent(status, "offerExpired"))
      next.set(r.id, { before: status, after: transition(status, { type: "offerExpired" }, r.urgency as Urgency) });
  }
  const expired = due.filter((o) => next.has(o.request_id)).map((o) => ({ offerId: o.id, requestId: o.request_id }));
  if (expired.length === 0) return [];
  const respondedAt = new Date();
  await tx
    .updateTable("offers")
    .set({ status: "expired", responded_at: respondedAt, responded_by: null })
    .where("region_id", "=", regionId)
    .where(
      "id",
      "in",
      expired.map((e) => e.offerId),
    )
    .execute();
  for (const after of new Set([...next.values()].map((n) => n.after))) {
    const ids = expired.filter((e) => next.get(e.requestId)!.after === after).map((e) => e.requestId);
    await tx
      .updateTable("placement_requests")
      .set({ status: after, updated_at: respondedAt })
      .where("region_id", "=", regionId)
      .where("id", "in", ids)
      .execute();
  }
  const audit: AuditEvent[] = expired.flatMap(({ offerId, requestId }) => [
    { action: "update", entity: "offer", entityId: offerId, regionId, details: { request: requestId, outcome: { status: "expired" } } },
    {
      action: "update",
      entity: "placement_request",
      entityId: requestId,
      regionId,
      details: { event: "offerExpired", before: next.get(requestId)!.before, after: next.get(requestId)!.after },
    },
  ]);
  await writeAudits(tx, scope, audit);
  return expired;
}
