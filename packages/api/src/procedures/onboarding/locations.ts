import { z } from "zod";
import { createLocation, withTenant } from "@jeugdregie/db";
import { CARE_TYPES } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";

export const createLocationInput = z
  .object({
    providerId: z.uuid({ message: "Kies een aanbieder." }),
    name: z.string().trim().min(2, { message: "Vul de naam van de locatie in." }).max(200),
    municipalityCode: z.string().regex(/^GM\d{4}$/, { message: "Kies een gemeente." }),
    careTypes: z.array(z.enum(CARE_TYPES, { message: "Onbekende zorgvorm." })).min(1, { message: "Kies minstens één zorgvorm." }),
    expertiseTags: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
    ageMin: z.number().int().min(0).max(27),
    ageMax: z.number().int().min(0).max(27),
    intensityBand: z
      .string()
      .regex(/^[K-Z]$/, { message: "Intensiteit is een letter van K tot en met Z." })
      .nullable()
      .default(null),
    capacity: z
      .number({ message: "Vul het aantal plekken in." })
      .int()
      .min(0, { message: "Het aantal plekken kan niet negatief zijn." })
      .max(500),
  })
  .refine((l) => l.ageMin <= l.ageMax, { message: "De minimumleeftijd ligt boven de maximumleeftijd.", path: ["ageMin"] });

export const createLocationProcedure = regionAdminProcedure
  .input(createLocationInput)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => createLocation(tx, ctx.viewer.scope, ctx.regionId, input)),
  );
