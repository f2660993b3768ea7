import { z } from "zod";
import { setRegionMunicipalities } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const setMunicipalitiesInput = z.object({
  codes: z.array(z.string().regex(/^GM\d{4}$/, { message: "Een gemeentecode heeft de vorm GM0000." })).max(400),
});

export const set = regionAdminProcedure
  .input(setMunicipalitiesInput)
  .mutation(({ ctx, input }) => setRegionMunicipalities(ctx.tx, ctx.viewer.scope, ctx.regionId, [...new Set(input.codes)]));
