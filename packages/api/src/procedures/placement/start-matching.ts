import { applyRequestEvent, getPlacementPointSettings, presentDocumentKinds } from "@jeugdregie/db";
import { missingDocuments } from "@jeugdregie/domain";
import { coordinatorProcedure } from "../../trpc.ts";
import { requestRef } from "./_shared.ts";

/** The region's document gate: matching starts only when the required documents are there (not for crisis). */
export const startMatching = coordinatorProcedure.input(requestRef).mutation(async ({ ctx, input }) => {
  const { tx, regionId } = ctx;
  const settings = await getPlacementPointSettings(tx, regionId);
  const missing = missingDocuments(settings.requiredDocuments, await presentDocumentKinds(tx, regionId, input.requestId));
  return applyRequestEvent(tx, ctx.viewer.scope, regionId, input.requestId, { type: "startMatching", missingDocuments: missing });
});
