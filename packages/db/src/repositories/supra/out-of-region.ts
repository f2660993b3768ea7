import { sql } from "kysely";
import {
  AppError,
  assertMayDecide,
  DEFAULT_FRAMEWORK,
  validateJustification,
  type Approver,
  type Criterion,
  type Framework,
  type TenantScope,
} from "@jeugdregie/domain";
import { keysetPage, pageWindow, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { actorIdentities } from "../users.ts";

export async function getFramework(tx: Tx, regionId: string): Promise<Framework> {
  const row = await tx.selectFrom("oor_frameworks").selectAll().where("region_id", "=", regionId).executeTakeFirst();
  if (!row) return DEFAULT_FRAMEWORK;
  return { criteria: row.criteria as Criterion[], approver: row.approver, secondPerson: row.second_person };
}

export async function saveFramework(tx: Tx, scope: TenantScope, regionId: string, framework: Framework) {
  const before = await getFramework(tx, regionId);
  const values = {
    criteria: JSON.stringify(framework.criteria),
    approver: framework.approver,
    second_person: framework.secondPerson,
    updated_at: new Date(),
  };
  await tx
    .insertInto("oor_frameworks")
    .values({ region_id: regionId, ...values })
    .onConflict((oc) => oc.column("region_id").doUpdateSet(values))
    .execute();
  await writeAudit(tx, scope, {
    action: "update",
    entity: "oor_framework",
    entityId: regionId,
    regionId,
    details: { before, after: framework },
  });
}

export async function createJustification(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  input: { requestId: string; locationId: string; criteria: string[]; evidence: Record<string, string>; inRegionReasons: string },
) {
  const location = await tx.selectFrom("locations").select(["region_id"]).where("id", "=", input.locationId).executeTakeFirst();
  if (!location)
    throw new AppError("NOT_FOUND", {
      nl: "Deze locatie bestaat niet (of is niet gedeeld met je regio).",
      en: "This location does not exist (or is not pooled with your region).",
    });
  validateJustification(await getFramework(tx, regionId), input);
  if (location.region_id === regionId) {
    throw new AppError("BAD_INPUT", {
      nl: "Deze locatie ligt in de eigen regio: daar is geen afweging voor nodig.",
      en: "This location is in the child's own region: no justification needed.",
    });
  }
  const created = await tx
    .insertInto("oor_justifications")
    .values({
      region_id: regionId,
      request_id: input.requestId,
      location_region_id: location.region_id,
      location_id: input.locationId,
      criteria: input.criteria,
      evidence: JSON.stringify(input.evidence),
      in_region_reasons: input.inRegionReasons,
      created_by: scope.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, scope, {
    action: "create",
    entity: "oor_justification",
    entityId: created.id,
    regionId,
    details: { request: input.requestId, criteria: input.criteria },
  });
  return created;
}

export async function justificationsFor(tx: Tx, regionId: string, requestId: string) {
  const rows = await tx
    .selectFrom("oor_justifications as j")
    .innerJoin("locations as l", (jn) => jn.onRef("l.region_id", "=", "j.location_region_id").onRef("l.id", "=", "j.location_id"))
    .select([
      "j.id",
      "j.location_id",
      "l.name as location_name",
      "j.criteria",
      "j.evidence",
      "j.in_region_reasons",
      "j.status",
      "j.created_by",
      "j.decided_by",
      "j.decided_at",
      "j.decision_note",
      "j.created_at",
    ])
    .where("j.region_id", "=", regionId)
    .where("j.request_id", "=", requestId)
    .orderBy("j.created_at", "desc")
    .execute();
  const people = await actorIdentities(
    tx,
    rows.flatMap((r) => [r.created_by, r.decided_by]),
  );
  return rows.map(({ decided_by, ...r }) => ({
    ...r,
    author: people.get(r.created_by)?.displayName ?? null,
    decider: decided_by ? (people.get(decided_by)?.displayName ?? null) : null,
  }));
}

/** Approve or reject, by the framework's approver and (if required) a second person. */
export async function decideJustification(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  justificationId: string,
  decision: { approve: boolean; note: string | null },
) {
  const j = await tx
    .selectFrom("oor_justifications")
    .select(["created_by", "status", "request_id"])
    .where("region_id", "=", regionId)
    .where("id", "=", justificationId)
    .forUpdate()
    .executeTakeFirst();
  if (!j)
    throw new AppError("NOT_FOUND", {
      nl: "Deze afweging bestaat niet (of je hebt er geen toegang toe).",
      en: "This justification does not exist (or you have no access).",
    });
  const framework = await sql<{ criteria: Criterion[]; approver: Approver; second_person: boolean }>`
    select criteria, approver, second_person from oor_frameworks where region_id = ${regionId}`.execute(tx);
  const row = framework.rows[0];
  assertMayDecide(
    row ? { criteria: row.criteria, approver: row.approver, secondPerson: row.second_person } : DEFAULT_FRAMEWORK,
    { createdBy: j.created_by, status: j.status },
    scope,
  );
  await tx
    .updateTable("oor_justifications")
    .set({
      status: decision.approve ? "approved" : "rejected",
      decided_by: scope.userId,
      decided_at: new Date(),
      decision_note: decision.note,
    })
    .where("region_id", "=", regionId)
    .where("id", "=", justificationId)
    .execute();
  await writeAudit(tx, scope, {
    action: "update",
    entity: "oor_justification",
    entityId: justificationId,
    regionId,
    details: { request: j.request_id, approved: decision.approve },
  });
}

export async function hasApprovedJustification(tx: Tx, regionId: string, requestId: string, locationId: string): Promise<boolean> {
  const row = await tx
    .selectFrom("oor_justifications")
    .select("id")
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .where("location_id", "=", locationId)
    .where("status", "=", "approved")
    .executeTakeFirst();
  return Boolean(row);
}

/** The supra coordinator's overview of member regions' out-of-region offers: no identities. */
export async function supraOutOfRegion(tx: Tx, page: PageRequest) {
  // The function reads only this page (it is not inlined, so the cursor goes in as arguments).
  const { after, fetch } = pageWindow(page, 2);
  const rows = sql<{
    offer_id: string;
    region_id: string;
    justification_id: string | null;
    region_name: string;
    request_id: string;
    care_type: string;
    age_years: number;
    location_name: string;
    location_region_name: string;
    offer_status: string;
    placed: boolean;
    criteria: string[] | null;
    evidence: Record<string, string> | null;
    in_region_reasons: string | null;
    justification_status: string | null;
    decided_at: Date | null;
  }>`app.supra_out_of_region(cast(${after?.[0] ?? null} as text), cast(${after?.[1] ?? null} as uuid), cast(${fetch} as int))`;
  return keysetPage(
    tx.selectFrom(rows.as("f")).selectAll(),
    [
      { expr: sql`f.region_name`, type: "text" },
      { expr: sql`f.offer_id`, type: "uuid" },
    ],
    "asc",
    page,
  );
}

/** Pooled locations the scope may see (RLS decides: member regions and the supra coordinator), with availability. */
export async function listPooledLocations(tx: Tx, page: PageRequest) {
  const rows = sql<{
    id: string;
    name: string;
    region_name: string;
    provider_name: string;
    care_types: string[];
    capacity: number;
    occupied: number;
    reserved: number;
  }>`(
    select l.id, l.name, r.name as region_name, p.name as provider_name, l.care_types, l.capacity, l.occupied, l.reserved
    from locations l join regions r on r.id = l.region_id join providers p on p.id = l.provider_id
    where app.pooled_for_scope(l.region_id, l.care_types) and l.deactivated_at is null)`;
  return keysetPage(
    tx.selectFrom(rows.as("f")).selectAll(),
    [
      { expr: sql`f.region_name`, type: "text" },
      { expr: sql`f.name`, type: "text" },
      { expr: sql`f.id`, type: "uuid" },
    ],
    "asc",
    page,
  );
}
