import { z } from "zod";
import { dossierChild, dossierDocuments, providerOffer, writeAudit } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { providerProcedure } from "../../trpc.ts";

/** After acceptance the provider opens the full dossier; the read is logged in the child's region. */
export const dossier = providerProcedure.input(z.object({ offerId: z.uuid() })).query(async ({ ctx, input }) => {
  const { tx } = ctx;
  const offer = await providerOffer(tx, ctx.providerId, input.offerId);
  if (!offer || offer.status !== "accepted") {
    throw new AppError("FORBIDDEN", {
      nl: "Het dossier is pas in te zien nadat je de voorlegging hebt geaccepteerd.",
      en: "The case file opens only after you accepted the offer.",
    });
  }
  const child = await dossierChild(tx, offer.region_id, offer.request_id);
  const documents = await dossierDocuments(tx, offer.region_id, offer.request_id);
  await writeAudit(tx, ctx.viewer.scope, {
    action: "read",
    entity: "placement_request",
    entityId: offer.request_id,
    regionId: offer.region_id,
    organisation: ctx.providerId,
    details: { via: "accepted offer" },
  });
  const { name_encrypted, bsn_encrypted, ...rest } = child;
  return {
    ...rest,
    name: name_encrypted ? ctx.deps.crypto.decrypt(name_encrypted) : null,
    bsn: ctx.deps.crypto.decrypt(bsn_encrypted),
    documents,
  };
});
