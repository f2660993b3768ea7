import { regionCounts, withTenant } from "@jeugdregie/db";
import { onboardingProgress } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";

export const progress = regionAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => onboardingProgress(await regionCounts(tx, ctx.regionId))),
);
