import { auditPage } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { auditInput } from "./_shared.ts";

/** One page of the region's audit trail, newest first. */
export const list = regionAdminProcedure
  .input(auditInput.optional())
  .query(({ ctx, input }) => auditPage(ctx.tx, ctx.regionId, input ?? {}));
