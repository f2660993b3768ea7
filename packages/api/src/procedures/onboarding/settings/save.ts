import { z } from "zod";
import { getPlacementPointSettings, savePlacementPointSettings } from "@jeugdregie/db";
import { CARE_TYPES, DOCUMENT_TYPES, validateSettings } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../../trpc.ts";

export const saveSettingsInput = z.object({
  requiredDocuments: z.array(z.enum(DOCUMENT_TYPES, { message: "Onbekend documenttype." })),
  offerResponseHours: z
    .number({ message: "Vul de reactietermijn in uren in." })
    .int({ message: "Vul de reactietermijn in hele uren in." })
    .min(1, { message: "De reactietermijn is minstens 1 uur." })
    .max(720, { message: "De reactietermijn is hoogstens 720 uur (30 dagen)." }),
  /** Left out: the region keeps its current crisis deadline. */
  crisisOfferResponseHours: z
    .number({ message: "Vul de reactietermijn voor crisisvoorleggingen in uren in." })
    .int({ message: "Vul de reactietermijn voor crisisvoorleggingen in hele uren in." })
    .min(1, { message: "De reactietermijn voor crisisvoorleggingen is minstens 1 uur." })
    .max(72, { message: "De reactietermijn voor crisisvoorleggingen is hoogstens 72 uur." })
    .optional(),
  crisisCapDays: z
    .number({ message: "Vul de maximale crisisduur in dagen in." })
    .int({ message: "Vul de maximale crisisduur in hele dagen in." })
    .min(1, { message: "De maximale crisisduur is minstens 1 dag." })
    .max(28, { message: "De maximale duur van een crisisplaatsing is hoogstens 28 dagen." }),
  capacityFreshnessDays: z
    .number({ message: "Vul in binnen hoeveel dagen capaciteit bevestigd moet worden." })
    .int({ message: "Vul een heel aantal dagen in." })
    .min(1, { message: "Capaciteit moet minstens elke dag bevestigd kunnen worden." })
    .max(90, { message: "Capaciteit bevestigen kan hoogstens elke 90 dagen." }),
  careTypes: z.array(z.enum(CARE_TYPES, { message: "Onbekende zorgvorm." })),
});

export const save = regionAdminProcedure.input(saveSettingsInput).mutation(async ({ ctx, input }) => {
  const current = await getPlacementPointSettings(ctx.tx, ctx.regionId);
  const settings = { ...input, crisisOfferResponseHours: input.crisisOfferResponseHours ?? current.crisisOfferResponseHours };
  validateSettings(settings);
  return savePlacementPointSettings(ctx.tx, ctx.viewer.scope, ctx.regionId, settings);
});
