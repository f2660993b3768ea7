import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { isVisibleRegion, listLocationsPage, locationTotals, withTenant } from "@jeugdregie/db";
import { CARE_TYPES } from "@jeugdregie/domain";
import { forbidden, regionNotFound } from "../../errors.ts";
import { authedProcedure } from "../../trpc.ts";
import { pageShape } from "../../input.ts";

export const listLocationsInput = z
  .object({
    ...pageShape,
    regionId: z.uuid({ message: "Onbekende regio." }).optional(),
    careType: z.enum(CARE_TYPES, { message: "Onbekende zorgvorm." }).optional(),
  })
  .optional();

export const listLocationsProcedure = authedProcedure.input(listLocationsInput).query(async ({ ctx, input }) => {
  const { scope, ability } = ctx.viewer;
  if (!ability.can("read", "Location")) throw forbidden();
  const page = await withTenant(ctx.deps.db, scope, async (tx) => {
    if (input?.regionId && !(await isVisibleRegion(tx, scope, input.regionId))) throw regionNotFound();
    return { ...(await listLocationsPage(tx, scope, input ?? {}, input ?? {})), totals: await locationTotals(tx, scope, input ?? {}) };
  });
  // Belt and braces: every row must also pass the ability's conditions.
  return { ...page, items: page.items.filter((row) => ability.can("read", subject("Location", { ...row }))) };
});
