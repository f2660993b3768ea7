import { applyRequestEvent, closeOffer, withTenant, type Database } from "@jeugdregie/db";
import { systemScopeFor } from "@jeugdregie/domain";

/** Expires an offer that is still open at its deadline; a repeat or an answered offer does nothing. */
export async function processOfferExpiry(
  db: Database,
  payload: { regionId: string; offerId: string },
  now: Date = new Date(),
): Promise<"expired" | "skipped"> {
  const scope = systemScopeFor(payload.regionId);
  return withTenant(db, scope, async (tx) => {
    const offer = await tx
      .selectFrom("offers")
      .select(["status", "deadline_at", "request_id"])
      .where("region_id", "=", payload.regionId)
      .where("id", "=", payload.offerId)
      .executeTakeFirst();
    if (!offer || offer.status !== "open" || offer.deadline_at.getTime() > now.getTime()) return "skipped";
    await closeOffer(tx, scope, payload.regionId, payload.offerId, { status: "expired" });
    await applyRequestEvent(tx, scope, payload.regionId, offer.request_id, { type: "offerExpired" });
    return "expired";
  });
}
