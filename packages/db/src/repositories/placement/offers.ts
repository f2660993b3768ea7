import { sql } from "kysely";
import { AppError, freePlaces, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";
import { lockLocation, occupancyOf } from "./candidates.ts";
import { hasApprovedJustification } from "../supra/out-of-region.ts";

const noFreePlace = () =>
  new AppError("CONFLICT", {
    nl: "Op deze locatie is geen plek meer vrij: een andere voorlegging of plaatsing was je voor.",
    en: "This location has no free place left: another offer or placement came first.",
  });

/**
 * Offers a request to one location. The location's lock serialises concurrent coordinators;
 * the free-place count includes every region's open offers and placements; the partial unique
 * index refuses a second open offer for the same request.
 */
export async function createOffer(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  requestId: string,
  locationId: string,
  deadlineAt: Date,
  overAllocationReason: string | null = null,
) {
  const location = await tx
    .selectFrom("locations")
    .select(["region_id", "id", "provider_id", "capacity", "name", "deactivated_at"])
    .where("id", "=", locationId)
    .executeTakeFirst();
  if (!location)
    throw new AppError("NOT_FOUND", {
      nl: "Deze locatie bestaat niet (of je hebt er geen toegang toe).",
      en: "This location does not exist (or you have no access).",
    });
  if (location.region_id !== regionId && !(await hasApprovedJustification(tx, regionId, requestId, locationId))) {
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Deze plek ligt buiten de regio van het kind: leg eerst een afweging 'geen kind de regio uit' vast en laat die goedkeuren.",
      en: "This place is outside the child's region: record an out-of-region justification and have it approved first.",
    });
  }
  if (location.deactivated_at)
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Deze locatie is door de regio buiten gebruik gezet: er gaan geen nieuwe voorleggingen meer naartoe.",
      en: "The region took this location out of use: no new offers go there.",
    });
  // The database refuses such an offer too; this gives the coordinator the reason in words.
  const { rows } = await sql<{ ok: boolean }>`select app.contract_confirmed(${location.region_id}, ${location.provider_id}) as ok`.execute(
    tx,
  );
  if (!rows[0]?.ok)
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Er is geen lopend contract dat de aanbieder heeft bevestigd (het is nog niet bevestigd of al beëindigd): voorleggen kan pas met zo'n contract.",
      en: "There is no running contract the provider confirmed (not confirmed yet, or ended): offers need such a contract.",
    });
  await lockLocation(tx, locationId);
  const occupancy = await occupancyOf(tx, locationId);
  if (freePlaces({ capacity: location.capacity, ...occupancy }) === 0) throw noFreePlace();
  try {
    const offer = await tx
      .insertInto("offers")
      .values({
        region_id: regionId,
        request_id: requestId,
        location_region_id: location.region_id,
        location_id: locationId,
        provider_id: location.provider_id,
        sent_by: scope.userId,
        deadline_at: deadlineAt,
        over_allocation_reason: overAllocationReason,
      })
      .returning(["id", "deadline_at"])
      .executeTakeFirstOrThrow();
    await writeAudit(tx, scope, {
      action: "create",
      entity: "offer",
      entityId: offer.id,
      regionId,
      details: { request: requestId, location: location.name },
    });
    return { ...offer, providerId: location.provider_id };
  } catch (error) {
    throw mapConstraintError(error, {
      offers_one_open_idx: {
        nl: "Deze aanmelding ligt al bij een aanbieder: één voorlegging tegelijk.",
        en: "This request is already with a provider: one offer at a time.",
        code: "ILLEGAL_TRANSITION",
      },
    });
  }
}

export async function openOfferOf(tx: Tx, regionId: string, requestId: string) {
  return tx
    .selectFrom("offers")
    .selectAll()
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .where("status", "=", "open")
    .executeTakeFirst();
}

/** The offer the provider accepted for this request, if any: a placement needs one. */
export async function acceptedOfferOf(tx: Tx, regionId: string, requestId: string) {
  return tx
    .selectFrom("offers")
    .select("id")
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .where("status", "=", "accepted")
    .executeTakeFirst();
}

export async function offerHistory(tx: Tx, regionId: string, requestId: string) {
  return tx
    .selectFrom("offers as o")
    .innerJoin("locations as l", (j) => j.onRef("l.region_id", "=", "o.location_region_id").onRef("l.id", "=", "o.location_id"))
    .innerJoin("providers as p", "p.id", "o.provider_id")
    .select([
      "o.id",
      "o.status",
      "o.sent_at",
      "o.deadline_at",
      "o.responded_at",
      "o.decline_reason",
      "o.decline_text",
      "l.name as location_name",
      "p.name as provider_name",
      "o.location_id",
    ])
    .where("o.region_id", "=", regionId)
    .where("o.request_id", "=", requestId)
    .orderBy("o.sent_at")
    .execute();
}
