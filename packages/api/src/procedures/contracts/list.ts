import { z } from "zod";
import { isVisibleRegion, listContractsPage } from "@jeugdregie/db";
import { isProviderRole } from "@jeugdregie/domain";
import { forbidden, regionNotFound } from "../../errors.ts";
import { tenantProcedure } from "../../trpc.ts";
import { pageShape } from "../../input.ts";

/** Region roles see their region's contracts (with status); a provider sees its confirmed ones in every region. */
export const list = tenantProcedure
  .input(z.object({ ...pageShape, regionId: z.uuid().optional() }).optional())
  .query(async ({ ctx, input }) => {
    const { scope } = ctx.viewer;
    if (!["region_admin", "placement_coordinator"].includes(scope.role) && !isProviderRole(scope.role)) throw forbidden();
    if (input?.regionId && !(await isVisibleRegion(ctx.tx, scope, input.regionId))) throw regionNotFound();
    return listContractsPage(ctx.tx, scope, { regionId: input?.regionId }, input ?? {});
  });
