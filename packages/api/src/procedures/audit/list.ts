import { z } from "zod";
import { auditEntities, auditPage, listAuditLog, withTenant } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";

const entity = z.string().max(60).optional();

export const listAudit = regionAdminProcedure
  .input(z.object({ entity, limit: z.number().int().min(1).max(1000).default(200) }).optional())
  .query(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      listAuditLog(tx, ctx.regionId, { entity: input?.entity, limit: input?.limit ?? 200 }),
    ),
  );

/** One screen of the region's audit trail (newest first) and where the next one starts, with the kinds of records it holds. */
export const auditPageProcedure = regionAdminProcedure
  .input(
    z.object({
      entity,
      beforeSeq: z.number().int().min(1).optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  )
  .query(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => ({
      ...(await auditPage(tx, ctx.regionId, input)),
      entities: await auditEntities(tx, ctx.regionId),
    })),
  );
