import { z } from "zod";
import { newPseudonym } from "@jeugdregie/auth";
import { addDocument, applyRequestEvent, createRequest, getPlacementPointSettings, listRequests, withTenant } from "@jeugdregie/db";
import { AppError, CARE_TYPES, DOCUMENT_TYPES, isValidBsn } from "@jeugdregie/domain";
import { intakeProcedure } from "../../trpc.ts";
import { checkUpload } from "./uploads.ts";

const today = () => new Date().toISOString().slice(0, 10);

export const createRequestInput = z.object({
  bsn: z.string().trim().refine(isValidBsn, { message: "Dit BSN klopt niet (11-proef). Controleer de cijfers." }),
  name: z.string().trim().max(200).default(""),
  birthDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Vul de geboortedatum in als 2012-03-01." })
    .refine((d) => d <= today(), { message: "De geboortedatum ligt in de toekomst." })
    .refine((d) => d >= `${Number(today().slice(0, 4)) - 27}${today().slice(4)}`, {
      message: "Jeugdhulp is er tot 27 jaar: controleer de geboortedatum.",
    }),
  gender: z.enum(["0", "1", "2"], { message: "Kies het geslacht (of onbekend)." }),
  homeMunicipalityCode: z.string().regex(/^GM\d{4}$/, { message: "Kies de woongemeente." }),
  referrerKind: z.enum(["01", "02", "03", "04", "05", "08"], { message: "Kies de verwijzer." }),
  urgency: z.enum(["regular", "crisis"]),
  careType: z.enum(CARE_TYPES, { message: "Kies de gewenste zorgvorm." }),
  expertiseTags: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  intensityBand: z
    .string()
    .regex(/^[K-Z]$/)
    .nullable()
    .default(null),
  keepSchool: z.boolean().default(false),
  schoolName: z.string().trim().max(200).nullable().default(null),
  siblingsTogether: z.boolean().default(false),
  constraints: z.string().trim().max(2000).default(""),
  analysisSummary: z.string().trim().max(4000).default(""),
});

/** A referrer's request: identity pseudonymised on the way in (BSN encrypted, found by keyed hash). */
export const createPlacementRequest = intakeProcedure.input(createRequestInput).mutation(async ({ ctx, input }) => {
  const { crypto, db } = ctx.deps;
  const known = await db
    .selectFrom("reference_municipalities")
    .select("code")
    .where("code", "=", input.homeMunicipalityCode)
    .executeTakeFirst();
  if (!known) throw new AppError("BAD_INPUT", { nl: "Deze woongemeente bestaat niet.", en: "This municipality does not exist." });
  const bsn = input.bsn.padStart(9, "0");
  return withTenant(db, ctx.viewer.scope, (tx) =>
    createRequest(
      tx,
      ctx.viewer.scope,
      ctx.regionId,
      {
        pseudonym: newPseudonym(),
        bsnHash: crypto.lookupHash(bsn),
        bsnEncrypted: crypto.encrypt(bsn),
        nameEncrypted: input.name ? crypto.encrypt(input.name) : null,
        birthDate: input.birthDate,
        gender: input.gender,
        homeMunicipalityCode: input.homeMunicipalityCode,
      },
      {
        referrerKind: input.referrerKind,
        urgency: input.urgency,
        careType: input.careType,
        expertiseTags: input.expertiseTags,
        intensityBand: input.intensityBand,
        keepSchool: input.keepSchool,
        schoolName: input.schoolName,
        siblingsTogether: input.siblingsTogether,
        constraints: input.constraints,
        analysisSummary: input.analysisSummary,
      },
    ),
  );
});

export const uploadDocumentInput = z.object({
  requestId: z.uuid(),
  kind: z.enum(DOCUMENT_TYPES, { message: "Kies het soort document." }),
  filename: z.string().trim().min(1).max(200),
  contentType: z.string().max(200),
  contentBase64: z.string().max(14_000_000, { message: "Een document is hoogstens 10 MB." }),
});

export const uploadDocument = intakeProcedure.input(uploadDocumentInput).mutation(({ ctx, input }) => {
  const content = checkUpload(input.filename, input.contentType, Buffer.from(input.contentBase64, "base64"));
  return withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    const request = await tx
      .selectFrom("placement_requests")
      .select("status")
      .where("region_id", "=", ctx.regionId)
      .where("id", "=", input.requestId)
      .executeTakeFirst();
    if (!request)
      throw new AppError("NOT_FOUND", {
        nl: "Deze aanmelding bestaat niet (of je hebt er geen toegang toe).",
        en: "This request does not exist (or you have no access).",
      });
    if (["placed", "ended", "withdrawn"].includes(request.status)) {
      throw new AppError("ILLEGAL_TRANSITION", {
        nl: "Bij een afgesloten aanmelding kun je geen documenten meer toevoegen.",
        en: "Documents cannot be added to a closed request.",
      });
    }
    return addDocument(tx, ctx.viewer.scope, ctx.regionId, input.requestId, {
      kind: input.kind,
      filename: input.filename,
      contentType: input.contentType,
      content,
    });
  });
});

export const submitRequest = intakeProcedure
  .input(z.object({ requestId: z.uuid() }))
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      applyRequestEvent(tx, ctx.viewer.scope, ctx.regionId, input.requestId, { type: "submit" }, { submittedAt: new Date() }),
    ),
  );

/** A referrer follows the status of their own requests. */
export const myRequests = intakeProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => listRequests(tx, ctx.viewer.scope, ctx.regionId, { mine: true })),
);

/** The referrer's view of one request: status and documents, never more than they entered. */
export const getMyRequest = intakeProcedure.input(z.object({ requestId: z.uuid() })).query(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    const request = (await listRequests(tx, ctx.viewer.scope, ctx.regionId, { mine: true })).find((r) => r.id === input.requestId);
    if (!request)
      throw new AppError("NOT_FOUND", {
        nl: "Deze aanmelding bestaat niet (of is niet van jou).",
        en: "This request does not exist (or is not yours).",
      });
    const documents = await tx
      .selectFrom("request_documents")
      .select(["id", "kind", "filename", "size_bytes", "uploaded_at"])
      .where("region_id", "=", ctx.regionId)
      .where("request_id", "=", input.requestId)
      .orderBy("uploaded_at")
      .execute();
    const settings = await getPlacementPointSettings(tx, ctx.regionId);
    return { ...request, documentList: documents, requiredDocuments: settings.requiredDocuments };
  }),
);
