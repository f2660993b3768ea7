import { z } from "zod";
import { regionLocation } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { locationId } from "./_shared.ts";

/** One location of the region with its master data (another region's is not found). */
export const get = regionAdminProcedure
  .input(z.object({ locationId }))
  .query(({ ctx, input }) => regionLocation(ctx.tx, ctx.regionId, input.locationId));
