import type { TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";

/**
 * A document as far as the caller's row-level security lets them see it, with what the access
 * rule needs: the request's region and urgency, and the provider whose offer was accepted.
 */
export async function findDocument(tx: Tx, documentId: string) {
  const row = await tx
    .selectFrom("request_documents as d")
    .innerJoin("placement_requests as r", (j) => j.onRef("r.region_id", "=", "d.region_id").onRef("r.id", "=", "d.request_id"))
    .select((eb) => [
      "d.id",
      "d.region_id",
      "d.request_id",
      "d.kind",
      "d.filename",
      "d.content_type",
      "d.size_bytes",
      "r.urgency",
      eb
        .selectFrom("offers as o")
        .select("o.provider_id")
        .whereRef("o.region_id", "=", "d.region_id")
        .whereRef("o.request_id", "=", "d.request_id")
        .where("o.status", "=", "accepted")
        .limit(1)
        .as("accepted_provider_id"),
    ])
    .where("d.id", "=", documentId)
    .executeTakeFirst();
  return row ?? null;
}

/** The bytes of a document the caller was allowed to open; the opening is recorded (NEN 7513: who, which document, which request). */
export async function openDocumentContent(
  tx: Tx,
  scope: TenantScope,
  doc: { id: string; region_id: string; request_id: string; kind: string },
): Promise<Buffer> {
  const { content } = await tx
    .selectFrom("request_documents")
    .select("content")
    .where("region_id", "=", doc.region_id)
    .where("id", "=", doc.id)
    .executeTakeFirstOrThrow();
  await writeAudit(tx, scope, {
    action: "read",
    entity: "request_document",
    entityId: doc.id,
    regionId: doc.region_id,
    details: { request: doc.request_id, kind: doc.kind, purpose: "opened" },
  });
  return content;
}

/** A request's documents for the referrer's own view of it, oldest first (without their content). */
export async function requestDocumentList(tx: Tx, regionId: string, requestId: string) {
  return tx
    .selectFrom("request_documents")
    .select(["id", "kind", "filename", "size_bytes", "uploaded_at"])
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .orderBy("uploaded_at")
    .execute();
}
