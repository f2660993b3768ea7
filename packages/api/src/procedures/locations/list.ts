import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { isVisibleRegion, listLocationsPage, locationTotals } from "@jeugdregie/db";
import { CARE_TYPES } from "@jeugdregie/domain";
import { forbidden, regionNotFound } from "../../errors.ts";
import { tenantProcedure } from "../../trpc.ts";
import { pageShape } from "../../input.ts";

export const listLocationsInput = z
  .object({
    ...pageShape,
    regionId: z.uuid({ message: "Onbekende regio." }).optional(),
    careType: z.enum(CARE_TYPES, { message: "Onbekende zorgvorm." }).optional(),
  })
  .optional();

export const list = tenantProcedure.input(listLocationsInput).query(async ({ ctx, input }) => {
  const { scope, ability } = ctx.viewer;
  if (!ability.can("read", "Location")) throw forbidden();
  if (input?.regionId && !(await isVisibleRegion(ctx.tx, scope, input.regionId))) throw regionNotFound();
  const page = await listLocationsPage(ctx.tx, scope, input ?? {}, input ?? {});
  const totals = await locationTotals(ctx.tx, scope, input ?? {});
  // Belt and braces: every row must also pass the ability's conditions.
  return { ...page, totals, items: page.items.filter((row) => ability.can("read", subject("Location", { ...row }))) };
});
