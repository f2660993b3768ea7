import { z } from "zod";
import { intensityTariffsForYear } from "@jeugdregie/db";
import { settlementAdminProcedure, settlementYear } from "./_shared.ts";

/** The intensity tariffs a year's settlements are computed with (the region's table in force at the year's end, else G7's). */
export const tariffs = settlementAdminProcedure
  .input(z.object({ year: settlementYear }))
  .query(async ({ ctx, input }) => ({ year: input.year, tariffs: await intensityTariffsForYear(ctx.tx, ctx.regionId, input.year) }));
