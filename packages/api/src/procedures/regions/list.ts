import { listVisibleRegions, withTenant } from "@jeugdregie/db";
import { authedProcedure } from "../../trpc.ts";

export const listRegions = authedProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => listVisibleRegions(tx, ctx.viewer.scope)),
);
