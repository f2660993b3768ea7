import { z } from "zod";
import { updateLocation } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { agesInOrder, detailsShape, locationId } from "./_shared.ts";

export const updateLocationInput = z.object({ locationId, ...detailsShape }).refine(...agesInOrder);

/** The region corrects a location's master data; the places stay the provider's to confirm. */
export const update = regionAdminProcedure.input(updateLocationInput).mutation(({ ctx, input }) => {
  const { locationId: id, ...details } = input;
  return updateLocation(ctx.tx, ctx.viewer.scope, ctx.regionId, id, details);
});
