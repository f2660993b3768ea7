import { z } from "zod";
import { AppError, FINANCING_FORMS, PROVIDER_ROLES } from "@jeugdregie/domain";
import { cents, isoDate } from "../../input.ts";

export const contractId = z.uuid({ message: "Kies een contract." });

/** Another region's contract, or none: the same answer, so ids of other regions reveal nothing. */
export const contractNotFound = () =>
  new AppError("NOT_FOUND", {
    nl: "Dit contract bestaat niet in deze regio.",
    en: "This contract does not exist in this region.",
  });

const productInput = z.object({
  productCode: z.string({ message: "Vul een productcode in." }).trim().toUpperCase(),
  productCategory: z.string({ message: "Kies een productcategorie." }).trim(),
  unit: z.string({ message: "Kies een eenheid." }).trim(),
  tariffCents: cents("Vul een tarief in."),
  intensityBand: z
    .string()
    .regex(/^[K-Z]$/, { message: "Intensiteit is een letter van K tot en met Z." })
    .nullable()
    .optional(),
});

/** What a region agrees with a provider (a new contract adds the provider). */
export const contractTermsShape = {
  segmentId: z.uuid({ message: "Kies een segment." }),
  providerRole: z.enum(PROVIDER_ROLES, { message: "Kies de rol van de aanbieder." }),
  financingForm: z.enum(FINANCING_FORMS, { message: "Kies een financieringsvorm." }),
  startsOn: isoDate("2026-01-01"),
  endsOn: isoDate("2027-12-31"),
  revisionClause: z.string().trim().max(2000, { message: "De herzieningsclausule heeft hoogstens 2000 tekens." }).default(""),
  guaranteeAmountCents: cents("Vul het garantiebedrag in.").nullable().default(null),
  products: z
    .array(productInput)
    .min(1, { message: "Een contract heeft minstens één product." })
    .max(200, { message: "Een contract heeft hoogstens 200 producten." }),
};
