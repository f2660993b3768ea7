import { z } from "zod";
import { auditEntities, auditPage, withTenant } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { pageShape } from "../../input.ts";

const auditInput = z.object({ ...pageShape, entity: z.string().max(60).optional() });

/** One page of the region's audit trail, newest first. */
export const listAudit = regionAdminProcedure
  .input(auditInput.optional())
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => auditPage(tx, ctx.regionId, input ?? {})));

/** One screen of the region's audit trail (newest first) and where the next one starts, with the kinds of records it holds. */
export const auditPageProcedure = regionAdminProcedure.input(auditInput).query(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => ({
    ...(await auditPage(tx, ctx.regionId, input)),
    entities: await auditEntities(tx, ctx.regionId),
  })),
);
