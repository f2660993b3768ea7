import { listVisibleRegions } from "@jeugdregie/db";
import { tenantProcedure } from "../../trpc.ts";

/** The regions the caller may see, each with its municipalities. */
export const list = tenantProcedure.query(({ ctx }) => listVisibleRegions(ctx.tx, ctx.viewer.scope));
