import { z } from "zod";
import { municipalityChoices, setRegionMunicipalities, withTenant } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";

export const listMunicipalities = regionAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => municipalityChoices(tx, ctx.regionId)),
);

export const setMunicipalitiesInput = z.object({
  codes: z.array(z.string().regex(/^GM\d{4}$/, { message: "Een gemeentecode heeft de vorm GM0000." })).max(400),
});

export const setMunicipalities = regionAdminProcedure
  .input(setMunicipalitiesInput)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      setRegionMunicipalities(tx, ctx.viewer.scope, ctx.regionId, [...new Set(input.codes)]),
    ),
  );
