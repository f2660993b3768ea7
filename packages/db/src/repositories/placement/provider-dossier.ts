import type { Tx } from "../../tenant.ts";

/** One of the provider's offers (row-level security shows the provider only its own): where it points and how it stands. */
export async function providerOffer(tx: Tx, providerId: string, offerId: string) {
  const offer = await tx
    .selectFrom("offers")
    .select(["region_id", "request_id", "status"])
    .where("id", "=", offerId)
    .where("provider_id", "=", providerId)
    .executeTakeFirst();
  return offer ?? null;
}

/** The child and the request as the provider's full dossier shows them, name and BSN still encrypted. */
export async function dossierChild(tx: Tx, regionId: string, requestId: string) {
  return tx
    .selectFrom("placement_requests as r")
    .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
    .select([
      "c.pseudonym",
      "c.name_encrypted",
      "c.bsn_encrypted",
      "c.birth_date",
      "c.gender",
      "r.analysis_summary",
      "r.constraints",
      "r.school_name",
    ])
    .where("r.region_id", "=", regionId)
    .where("r.id", "=", requestId)
    .executeTakeFirstOrThrow();
}

/** The request's documents as the dossier lists them (without their content). */
export async function dossierDocuments(tx: Tx, regionId: string, requestId: string) {
  return tx
    .selectFrom("request_documents")
    .select(["id", "kind", "filename", "content_type", "size_bytes"])
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .execute();
}
