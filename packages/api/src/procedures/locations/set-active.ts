import { z } from "zod";
import { setLocationActive } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { locationId } from "./_shared.ts";

/** The region takes a location out of use (no new offers; placements there stay) or back into use. */
export const setActive = regionAdminProcedure
  .input(z.object({ locationId, active: z.boolean({ message: "Kies of de locatie in gebruik is." }) }))
  .mutation(({ ctx, input }) => setLocationActive(ctx.tx, ctx.viewer.scope, ctx.regionId, input.locationId, input.active));
