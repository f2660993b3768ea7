import { z } from "zod";
import { contractedProvidersPage } from "@jeugdregie/db";
import { pageShape } from "../../../input.ts";
import { regionAdminProcedure } from "../../../trpc.ts";

/** Providers with a contract in the region, a page by name; `nameContains` narrows it (the location form's picker). */
export const contracted = regionAdminProcedure
  .input(
    z
      .object({
        ...pageShape,
        nameContains: z.string().max(200, { message: "Zoek met hoogstens 200 tekens." }).optional(),
      })
      .optional(),
  )
  .query(({ ctx, input }) => contractedProvidersPage(ctx.tx, ctx.regionId, input ?? {}));
