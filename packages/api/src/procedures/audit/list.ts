import { z } from "zod";
import { listAuditLog, withTenant } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";

export const listAudit = regionAdminProcedure
  .input(z.object({ entity: z.string().max(60).optional(), limit: z.number().int().min(1).max(1000).default(200) }).optional())
  .query(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      listAuditLog(tx, ctx.regionId, { entity: input?.entity, limit: input?.limit ?? 200 }),
    ),
  );
