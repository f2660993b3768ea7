import { z } from "zod";
import { addDocument, noSuchRequest, requestStatus } from "@jeugdregie/db";
import { AppError, DOCUMENT_TYPES } from "@jeugdregie/domain";
import { intakeProcedure } from "../../trpc.ts";
import { checkUpload } from "../../uploads/check-upload.ts";

export const uploadDocumentInput = z.object({
  requestId: z.uuid({ message: "Onbekende aanmelding." }),
  kind: z.enum(DOCUMENT_TYPES, { message: "Kies het soort document." }),
  filename: z
    .string({ message: "Kies een bestand." })
    .trim()
    .min(1, { message: "Kies een bestand." })
    .max(200, { message: "De bestandsnaam is hoogstens 200 tekens: geef het bestand een kortere naam." }),
  contentType: z.string({ message: "Kies een bestand." }).max(200, { message: "Dit bestandstype wordt niet aangenomen." }),
  contentBase64: z.string({ message: "Kies een bestand." }).max(14_000_000, { message: "Een document is hoogstens 10 MB." }),
});

/** A document for a request still open: its bytes checked for type and active content before they are stored. */
export const uploadDocument = intakeProcedure.input(uploadDocumentInput).mutation(async ({ ctx, input }) => {
  const content = checkUpload(input.filename, input.contentType, Buffer.from(input.contentBase64, "base64"));
  const status = await requestStatus(ctx.tx, ctx.regionId, input.requestId);
  if (!status) throw noSuchRequest();
  if (["placed", "ended", "withdrawn"].includes(status)) {
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Bij een afgesloten aanmelding kun je geen documenten meer toevoegen.",
      en: "Documents cannot be added to a closed request.",
    });
  }
  return addDocument(ctx.tx, ctx.viewer.scope, ctx.regionId, input.requestId, {
    kind: input.kind,
    filename: input.filename,
    contentType: input.contentType,
    content,
  });
});
