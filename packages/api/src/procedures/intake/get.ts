import { z } from "zod";
import {
  getPlacementPointSettings,
  noSuchRequest,
  placementOutcome,
  referrerRequest,
  requestDocumentList,
  statusHistory,
} from "@jeugdregie/db";
import { intakeProcedure } from "../../trpc.ts";

/**
 * One of the referrer's own requests: what they entered, its documents, every status it passed
 * through and the outcome. Never more of the child than the list shows (initials, age).
 */
export const get = intakeProcedure
  .input(z.object({ requestId: z.uuid({ message: "Onbekende aanmelding." }) }))
  .query(async ({ ctx, input }) => {
    const { tx } = ctx;
    const { initials_encrypted, referrer_user_id, ...request } = await referrerRequest(tx, ctx.regionId, input.requestId);
    // "my request": a coordinator opens others' requests on the placement point's own page
    if (referrer_user_id !== ctx.viewer.scope.userId) throw noSuchRequest();
    const documents = await requestDocumentList(tx, ctx.regionId, input.requestId);
    const settings = await getPlacementPointSettings(tx, ctx.regionId);
    return {
      ...request,
      initials: initials_encrypted ? ctx.deps.crypto.decrypt(initials_encrypted) : null,
      documentList: documents,
      documents: [...new Set(documents.map((d) => d.kind))],
      requiredDocuments: settings.requiredDocuments,
      history: await statusHistory(tx, ctx.regionId, input.requestId),
      outcome: ["placed", "ended"].includes(request.status) ? await placementOutcome(tx, ctx.regionId, input.requestId) : null,
    };
  });
