import { auditEntities, auditPage } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { auditInput } from "./_shared.ts";

/** One screen of the region's audit trail (newest first) and where the next one starts, with the kinds of records it holds. */
export const page = regionAdminProcedure.input(auditInput).query(async ({ ctx, input }) => ({
  ...(await auditPage(ctx.tx, ctx.regionId, input)),
  entities: await auditEntities(ctx.tx, ctx.regionId),
}));
