import { z } from "zod";
import { createLocation } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { agesInOrder, detailsShape } from "./_shared.ts";

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
  .refine(...agesInOrder)
  .refine((l) => l.hybridPlaces === null || l.hybridPlaces <= l.capacity, {
    message: "Er zijn niet meer hybride plekken dan plekken.",
    path: ["hybridPlaces"],
  });

export const create = regionAdminProcedure
  .input(createLocationInput)
  .mutation(({ ctx, input }) => createLocation(ctx.tx, ctx.viewer.scope, ctx.regionId, input));
