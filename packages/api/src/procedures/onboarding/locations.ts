import { z } from "zod";
import { createLocation, regionLocation, setLocationActive, updateLocation, withTenant } from "@jeugdregie/db";
import { CARE_TYPES } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";

const age = (message: string) =>
  z
    .number({ message })
    .int({ message: "Een leeftijd is een heel getal." })
    .min(0, { message: "Een leeftijd ligt tussen 0 en 27." })
    .max(27, { message: "Een leeftijd ligt tussen 0 en 27." });

/** A location's master data, as the region describes it. */
const detailsShape = {
  name: z
    .string({ message: "Vul de naam van de locatie in." })
    .trim()
    .min(2, { message: "Vul de naam van de locatie in." })
    .max(200, { message: "Een naam heeft hoogstens 200 tekens." }),
  municipalityCode: z.string({ message: "Kies een gemeente." }).regex(/^GM\d{4}$/, { message: "Kies een gemeente." }),
  careTypes: z
    .array(z.enum(CARE_TYPES, { message: "Onbekende zorgvorm." }), { message: "Kies minstens één zorgvorm." })
    .min(1, { message: "Kies minstens één zorgvorm." }),
  expertiseTags: z
    .array(z.string().trim().min(1).max(60, { message: "Een expertise heeft hoogstens 60 tekens." }))
    .max(20, { message: "Hoogstens 20 soorten expertise." })
    .default([]),
  ageMin: age("Vul de minimumleeftijd in."),
  ageMax: age("Vul de maximumleeftijd in."),
  intensityBand: z
    .string()
    .regex(/^[K-Z]$/, { message: "Intensiteit is een letter van K tot en met Z." })
    .nullable()
    .default(null),
};

const agesInOrder: [(l: { ageMin: number; ageMax: number }) => boolean, { message: string; path: string[] }] = [
  (l) => l.ageMin <= l.ageMax,
  { message: "De minimumleeftijd ligt boven de maximumleeftijd.", path: ["ageMin"] },
];

export const createLocationInput = z
  .object({
    providerId: z.uuid({ message: "Kies een aanbieder." }),
    ...detailsShape,
    capacity: z
      .number({ message: "Vul het aantal plekken in." })
      .int({ message: "Vul een heel aantal plekken in." })
      .min(0, { message: "Het aantal plekken kan niet negatief zijn." })
      .max(500, { message: "Een locatie heeft hoogstens 500 plekken." }),
  })
  .refine(...agesInOrder);

export const createLocationProcedure = regionAdminProcedure
  .input(createLocationInput)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => createLocation(tx, ctx.viewer.scope, ctx.regionId, input)),
  );

const locationId = z.uuid({ message: "Kies een locatie." });

/** One location of the region with its master data (another region's is not found). */
export const getLocationProcedure = regionAdminProcedure
  .input(z.object({ locationId }))
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => regionLocation(tx, ctx.regionId, input.locationId)));

export const updateLocationInput = z.object({ locationId, ...detailsShape }).refine(...agesInOrder);

/** The region corrects a location's master data; the places stay the provider's to confirm. */
export const updateLocationProcedure = regionAdminProcedure.input(updateLocationInput).mutation(({ ctx, input }) => {
  const { locationId: id, ...details } = input;
  return withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => updateLocation(tx, ctx.viewer.scope, ctx.regionId, id, details));
});

/** The region takes a location out of use (no new offers; placements there stay) or back into use. */
export const setLocationActiveProcedure = regionAdminProcedure
  .input(z.object({ locationId, active: z.boolean({ message: "Kies of de locatie in gebruik is." }) }))
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      setLocationActive(tx, ctx.viewer.scope, ctx.regionId, input.locationId, input.active),
    ),
  );
