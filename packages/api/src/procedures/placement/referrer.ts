import { z } from "zod";
import {
  deleteDraftRequest,
  getPlacementPointSettings,
  listRequests,
  noSuchRequest,
  placementOutcome,
  referrerRequest,
  statusHistory,
  withTenant,
} from "@jeugdregie/db";
import { intakeProcedure } from "../../trpc.ts";
import { pageInput } from "../../input.ts";

const requestRef = z.object({ requestId: z.uuid({ message: "Onbekende aanmelding." }) });

/** The country's municipalities by name, for the home-municipality picker (public CBS reference data). */
export const municipalityChoices = intakeProcedure.query(({ ctx }) =>
  ctx.deps.db.selectFrom("reference_municipalities").select(["code", "name"]).orderBy("name").execute(),
);

/**
 * A referrer follows their own requests: their own reference and the child's initials next to
 * the pseudonym, so they recognise each one; the initials are decrypted here and nothing more.
 */
export const myRequests = intakeProcedure.input(pageInput).query(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    const page = await listRequests(tx, ctx.viewer.scope, ctx.regionId, { ...input, mine: true });
    return {
      nextCursor: page.nextCursor,
      items: page.items.map(({ initialsEncrypted, ...r }) => ({
        ...r,
        initials: initialsEncrypted ? ctx.deps.crypto.decrypt(initialsEncrypted) : null,
      })),
    };
  }),
);

/**
 * One of the referrer's own requests: what they entered, its documents, every status it passed
 * through and the outcome. Never more of the child than the list shows (initials, age).
 */
export const getMyRequest = intakeProcedure.input(requestRef).query(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    const { initials_encrypted, referrer_user_id, ...request } = await referrerRequest(tx, ctx.regionId, input.requestId);
    // "my request": a coordinator opens others' requests on the placement point's own page
    if (referrer_user_id !== ctx.viewer.scope.userId) throw noSuchRequest();
    const documents = await tx
      .selectFrom("request_documents")
      .select(["id", "kind", "filename", "size_bytes", "uploaded_at"])
      .where("region_id", "=", ctx.regionId)
      .where("request_id", "=", input.requestId)
      .orderBy("uploaded_at")
      .execute();
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
  }),
);

/** Deletes the caller's own draft (only a draft); audited. */
export const deleteDraft = intakeProcedure
  .input(requestRef)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => deleteDraftRequest(tx, ctx.viewer.scope, ctx.regionId, input.requestId)),
  );
