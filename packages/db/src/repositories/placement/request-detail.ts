import { sql } from "kysely";
import { AppError, type DocumentType, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { actorIdentities } from "../users.ts";

/** The full request for people allowed to see the child's data; every read is audited (NEN 7513). */
export async function getRequestDetail(tx: Tx, scope: TenantScope, regionId: string, requestId: string) {
  const row = await tx
    .selectFrom("placement_requests as r")
    .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
    .innerJoin("reference_municipalities as m", "m.code", "c.home_municipality_code")
    .select([
      "r.id",
      "r.region_id",
      "r.status",
      "r.urgency",
      "r.care_type",
      "r.expertise_tags",
      "r.intensity_band",
      "r.keep_school",
      "r.school_name",
      "r.siblings_together",
      "r.constraints",
      "r.analysis_summary",
      "r.interim_help",
      "r.waiting_since",
      "r.submitted_at",
      "r.created_at",
      "r.referrer_kind",
      "r.referrer_reference",
      "c.id as child_id",
      "c.pseudonym",
      "c.birth_date",
      "c.gender",
      "c.bsn_encrypted",
      "c.name_encrypted",
      "c.home_municipality_code",
      "m.name as home_municipality",
      "m.province",
    ])
    .where("r.region_id", "=", regionId)
    .where("r.id", "=", requestId)
    .executeTakeFirst();
  if (!row)
    throw new AppError("NOT_FOUND", {
      nl: "Deze aanmelding bestaat niet (of je hebt er geen toegang toe).",
      en: "This request does not exist (or you have no access).",
    });
  const documents = await tx
    .selectFrom("request_documents")
    .select(["id", "kind", "filename", "content_type", "size_bytes", "uploaded_at"])
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .orderBy("uploaded_at")
    .execute();
  await writeAudit(tx, scope, {
    action: "read",
    entity: "placement_request",
    entityId: requestId,
    regionId,
    details: { child: row.pseudonym },
  });
  return { ...row, documents };
}

export async function addDocument(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  requestId: string,
  doc: { kind: DocumentType; filename: string; contentType: string; content: Buffer },
) {
  const created = await tx
    .insertInto("request_documents")
    .values({
      region_id: regionId,
      request_id: requestId,
      kind: doc.kind,
      filename: doc.filename,
      content_type: doc.contentType,
      size_bytes: doc.content.length,
      content: doc.content,
      uploaded_by: scope.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, scope, {
    action: "create",
    entity: "request_document",
    entityId: created.id,
    regionId,
    details: { request: requestId, kind: doc.kind, bytes: doc.content.length },
  });
  return created;
}

export async function presentDocumentKinds(tx: Tx, regionId: string, requestId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom("request_documents")
    .select("kind")
    .distinct()
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .execute();
  return rows.map((r) => r.kind);
}

/** Who opened this child's file: the dossier's own access log for the coordinator and the family. */
export async function dossierAccessLog(tx: Tx, regionId: string, requestId: string) {
  const rows = await tx
    .selectFrom("audit_log as a")
    .select(["a.occurred_at", "a.user_id", "a.role", "a.organisation", "a.action", "a.entity"])
    .where("a.region_id", "=", regionId)
    .where((eb) => eb.or([eb("a.entity_id", "=", requestId), eb(sql<string>`a.details->>'request'`, "=", requestId)]))
    .orderBy("a.chain_seq", "desc")
    .limit(200)
    .execute();
  const people = await actorIdentities(
    tx,
    rows.map((r) => r.user_id),
  );
  return rows.map(({ user_id, ...r }) => {
    const person = user_id ? people.get(user_id) : undefined;
    return { ...r, email: person?.email ?? null, display_name: person?.displayName ?? null };
  });
}
