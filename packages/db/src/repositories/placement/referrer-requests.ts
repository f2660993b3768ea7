import { sql } from "kysely";
import { AppError, requestAllows, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { noSuchRequest } from "./requests.ts";

/** What a referrer entered for one of their requests (the row-level policies show them only their own). */
export async function referrerRequest(tx: Tx, regionId: string, requestId: string) {
  const row = await tx
    .selectFrom("placement_requests as r")
    .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
    .select([
      "r.id",
      "r.referrer_user_id",
      "r.status",
      "r.urgency",
      "r.care_type",
      "r.referrer_kind",
      "r.referrer_reference",
      "r.expertise_tags",
      "r.intensity_band",
      "r.keep_school",
      "r.school_name",
      "r.siblings_together",
      "r.constraints",
      "r.analysis_summary",
      "r.interim_help",
      "r.submitted_at",
      "r.created_at",
      "c.pseudonym",
      "c.initials_encrypted",
      sql<number>`date_part('year', age(current_date, c.birth_date))::int`.as("age_years"),
    ])
    .where("r.region_id", "=", regionId)
    .where("r.id", "=", requestId)
    .executeTakeFirst();
  if (!row) throw noSuchRequest();
  return row;
}

/** Every status the request passed through, oldest first (recorded by the database, migration 0018). */
export async function statusHistory(tx: Tx, regionId: string, requestId: string) {
  return tx
    .selectFrom("request_status_changes")
    .select(["status", "changed_at"])
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .orderBy("changed_at")
    .orderBy("id")
    .execute();
}

/** Where the child went: the latest placement for the request, with the place's name when the caller may see it. */
export async function placementOutcome(tx: Tx, regionId: string, requestId: string) {
  const row = await tx
    .selectFrom("placements as p")
    .leftJoin("locations as l", (j) => j.onRef("l.region_id", "=", "p.location_region_id").onRef("l.id", "=", "p.location_id"))
    .leftJoin("providers as v", "v.id", "p.provider_id")
    .select(["p.starts_on", "p.ended_on", "p.end_destination", "l.name as location_name", "v.name as provider_name"])
    .where("p.region_id", "=", regionId)
    .where("p.request_id", "=", requestId)
    .orderBy("p.created_at", "desc")
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Deletes a draft: only a draft, only by whoever made it. Its documents and history go with it,
 * and the child too when nothing else refers to it. Anything else is refused in words; a request
 * the caller cannot see is "not found".
 */
export async function deleteDraftRequest(tx: Tx, scope: TenantScope, regionId: string, requestId: string) {
  const request = await tx
    .selectFrom("placement_requests")
    .select(["status", "referrer_user_id"])
    .where("region_id", "=", regionId)
    .where("id", "=", requestId)
    .executeTakeFirst();
  if (!request) throw noSuchRequest();
  if (request.referrer_user_id !== scope.userId)
    throw new AppError("FORBIDDEN", {
      nl: "Alleen wie deze aanmelding maakte, kan het concept verwijderen.",
      en: "Only whoever made this request can delete the draft.",
    });
  if (!requestAllows(request.status, "deleteDraft"))
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Alleen een concept kan worden verwijderd. Een ingediende aanmelding trekt het centraal punt in.",
      en: "Only a draft can be deleted. The placement point withdraws a submitted request.",
    });
  const { rows } = await sql<{ pseudonym: string | null }>`select app.delete_draft_request(${regionId}, ${requestId}) as pseudonym`.execute(
    tx,
  );
  const pseudonym = rows[0]?.pseudonym;
  if (!pseudonym) throw noSuchRequest();
  await writeAudit(tx, scope, {
    action: "delete",
    entity: "placement_request",
    entityId: requestId,
    regionId,
    details: { child: pseudonym, status: "draft" },
  });
  return { deleted: true, pseudonym };
}
