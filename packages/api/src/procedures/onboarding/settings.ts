import { z } from "zod";
import { getPlacementPointSettings, savePlacementPointSettings, withTenant } from "@jeugdregie/db";
import { CARE_TYPES, DOCUMENT_TYPES, validateSettings } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";

export const getSettings = regionAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => getPlacementPointSettings(tx, ctx.regionId)),
);

export const saveSettingsInput = z.object({
  requiredDocuments: z.array(z.enum(DOCUMENT_TYPES, { message: "Onbekend documenttype." })),
  offerResponseHours: z
    .number({ message: "Vul de reactietermijn in uren in." })
    .int()
    .min(1, { message: "De reactietermijn is minstens 1 uur." })
    .max(720, { message: "De reactietermijn is hoogstens 720 uur (30 dagen)." }),
  crisisCapDays: z.number({ message: "Vul de maximale crisisduur in dagen in." }).int().min(1).max(90),
  capacityFreshnessDays: z.number().int().min(1, { message: "Capaciteit moet minstens elke dag bevestigd kunnen worden." }).max(90),
  careTypes: z.array(z.enum(CARE_TYPES, { message: "Onbekende zorgvorm." })),
});

export const saveSettings = regionAdminProcedure.input(saveSettingsInput).mutation(({ ctx, input }) => {
  validateSettings(input);
  return withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => savePlacementPointSettings(tx, ctx.viewer.scope, ctx.regionId, input));
});
