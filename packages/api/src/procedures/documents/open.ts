import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { findDocument, openDocumentContent } from "@jeugdregie/db";
import { AppError, documentDisposition } from "@jeugdregie/domain";
import { tenantProcedure } from "../../trpc.ts";

const noSuchDocument = () =>
  new AppError("NOT_FOUND", {
    nl: "Dit document bestaat niet (of je hebt er geen toegang toe).",
    en: "This document does not exist (or you have no access).",
  });

/**
 * Opens a document of a request: for the region's coordinators, the crisis team for crisis
 * requests, and the provider whose offer was accepted. Row-level security decides what can be
 * found at all, the ability decides who may open it; anyone else hears "not found". Every
 * opening is recorded in the child's region (who, which document, which request).
 */
export const open = tenantProcedure
  .input(z.object({ documentId: z.uuid({ message: "Onbekend document." }) }))
  .query(async ({ ctx, input }) => {
    const doc = await findDocument(ctx.tx, input.documentId);
    const allowed =
      doc &&
      ctx.viewer.ability.can(
        "read",
        subject("RequestDocument", { regionId: doc.region_id, urgency: doc.urgency, acceptedProviderId: doc.accepted_provider_id }),
      );
    if (!doc || !allowed) throw noSuchDocument();
    const content = await openDocumentContent(ctx.tx, ctx.viewer.scope, doc);
    return {
      filename: doc.filename,
      contentType: doc.content_type,
      disposition: documentDisposition(doc.content_type),
      contentBase64: content.toString("base64"),
    };
  });
