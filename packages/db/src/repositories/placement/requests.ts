import { randomUUID } from "node:crypto";
import { AppError, transition, type RequestEvent, type CareType, type TenantScope, type Urgency } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";

export interface NewChild {
  pseudonym: string;
  bsnHash: string;
  bsnEncrypted: string;
  nameEncrypted: string | null;
  /** The initials derived from the name at intake, encrypted like the name. */
  initialsEncrypted?: string | null;
  birthDate: string;
  gender: "0" | "1" | "2";
  homeMunicipalityCode: string;
}

export interface NewRequest {
  referrerKind: string;
  urgency: Urgency;
  careType: CareType;
  expertiseTags: string[];
  intensityBand: string | null;
  keepSchool: boolean;
  schoolName: string | null;
  siblingsTogether: boolean;
  constraints: string;
  analysisSummary: string;
  /** A coordinator's reason for a further active request for the same child (null: the only one). */
  linkedReason?: string | null;
  /** The referrer's own reference ("eigen kenmerk"). */
  referrerReference?: string | null;
}

/** The message for a second active request, from the check or (under a race) the unique index. */
export const activeRequestExists = (pseudonym: string) =>
  new AppError(
    "CONFLICT",
    {
      nl: `Voor dit kind (${pseudonym}) loopt al een aanmelding. Vul die aan in plaats van een nieuwe te maken; alleen een coördinator kan bewust een tweede aanmelding koppelen, met een reden.`,
      en: `A request for this child (${pseudonym}) is already in progress. Add to it instead of making a new one; only a coordinator can deliberately link a second request, with a reason.`,
    },
    { client: { pseudonym, activeRequest: true } },
  );

/**
 * A known child (same BSN in this region) is reused, so the region sees one child, not one per
 * request; the API has first asked the referrer to confirm it is that child when details differ.
 */
export async function createRequest(tx: Tx, scope: TenantScope, regionId: string, child: NewChild, request: NewRequest) {
  let childRow = await tx
    .selectFrom("children")
    .select(["id", "pseudonym"])
    .where("region_id", "=", regionId)
    .where("bsn_hash", "=", child.bsnHash)
    .executeTakeFirst();
  if (!childRow) {
    // No RETURNING: the crisis team may see a child only once it has a crisis request, which comes next.
    childRow = { id: randomUUID(), pseudonym: child.pseudonym };
    await tx
      .insertInto("children")
      .values({
        region_id: regionId,
        id: childRow.id,
        pseudonym: child.pseudonym,
        bsn_hash: child.bsnHash,
        bsn_encrypted: child.bsnEncrypted,
        name_encrypted: child.nameEncrypted,
        initials_encrypted: child.initialsEncrypted ?? null,
        birth_date: child.birthDate,
        gender: child.gender,
        home_municipality_code: child.homeMunicipalityCode,
      })
      .execute();
    await writeAudit(tx, scope, {
      action: "create",
      entity: "child",
      entityId: childRow.id,
      regionId,
      details: { pseudonym: childRow.pseudonym },
    });
  }
  const insert = tx
    .insertInto("placement_requests")
    .values({
      region_id: regionId,
      child_id: childRow.id,
      referrer_user_id: scope.userId,
      referrer_kind: request.referrerKind,
      urgency: request.urgency,
      care_type: request.careType,
      expertise_tags: request.expertiseTags,
      intensity_band: request.intensityBand,
      keep_school: request.keepSchool,
      school_name: request.schoolName,
      siblings_together: request.siblingsTogether,
      constraints: request.constraints,
      analysis_summary: request.analysisSummary,
      linked_reason: request.linkedReason ?? null,
      referrer_reference: request.referrerReference ?? null,
    })
    .returning(["id", "status"]);
  const pseudonym = childRow.pseudonym;
  const created = await insert.executeTakeFirstOrThrow().catch((error: unknown) => {
    throw (error as { constraint?: string }).constraint === "placement_requests_one_active_per_child"
      ? activeRequestExists(pseudonym)
      : error;
  });
  await writeAudit(tx, scope, {
    action: "create",
    entity: "placement_request",
    entityId: created.id,
    regionId,
    details: {
      child: childRow.pseudonym,
      urgency: request.urgency,
      ...(request.linkedReason ? { linkedReason: request.linkedReason } : {}),
    },
  });
  return { id: created.id, pseudonym: childRow.pseudonym };
}

export const noSuchRequest = () =>
  new AppError("NOT_FOUND", {
    nl: "Deze aanmelding bestaat niet (of je hebt er geen toegang toe).",
    en: "This request does not exist (or you have no access).",
  });

/** Refuses, as "not found", a request the scope cannot see in this region: never a state error that confirms it exists. */
export async function requireRequest(tx: Tx, regionId: string, requestId: string): Promise<void> {
  const found = await tx
    .selectFrom("placement_requests")
    .select("id")
    .where("region_id", "=", regionId)
    .where("id", "=", requestId)
    .executeTakeFirst();
  if (!found) throw noSuchRequest();
}

/** What the coordinator's offer and placement steps decide on: the request's care type and urgency. */
export async function requestCareTypeAndUrgency(tx: Tx, regionId: string, requestId: string) {
  return tx
    .selectFrom("placement_requests")
    .select(["care_type", "urgency"])
    .where("region_id", "=", regionId)
    .where("id", "=", requestId)
    .executeTakeFirstOrThrow();
}

/** The request's status as far as the scope can see it in this region; null when it cannot. */
export async function requestStatus(tx: Tx, regionId: string, requestId: string) {
  const request = await tx
    .selectFrom("placement_requests")
    .select("status")
    .where("region_id", "=", regionId)
    .where("id", "=", requestId)
    .executeTakeFirst();
  return request?.status ?? null;
}

/**
 * Moves a request through the state machine under a row lock, so two coordinators cannot both
 * act on the old status. Returns the new status.
 */
export async function applyRequestEvent(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  requestId: string,
  event: RequestEvent,
  patch: { interimHelp?: string | null; waitingSince?: Date | null; submittedAt?: Date } = {},
) {
  const current = await tx
    .selectFrom("placement_requests")
    .select(["status", "urgency"])
    .where("region_id", "=", regionId)
    .where("id", "=", requestId)
    .forUpdate()
    .executeTakeFirst();
  if (!current) throw noSuchRequest();
  const next = transition(current.status, event, current.urgency);
  await tx
    .updateTable("placement_requests")
    .set({
      status: next,
      updated_at: new Date(),
      ...(patch.interimHelp !== undefined && { interim_help: patch.interimHelp }),
      ...(patch.waitingSince !== undefined && { waiting_since: patch.waitingSince }),
      ...(patch.submittedAt && { submitted_at: patch.submittedAt }),
    })
    .where("region_id", "=", regionId)
    .where("id", "=", requestId)
    .execute();
  await writeAudit(tx, scope, {
    action: "update",
    entity: "placement_request",
    entityId: requestId,
    regionId,
    details: { event: event.type, before: current.status, after: next },
  });
  return next;
}
