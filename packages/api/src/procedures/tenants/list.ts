import { listRegionsByName, regionSetupCounts } from "@jeugdregie/db";
import { onboardingProgress } from "@jeugdregie/domain";
import { platformAdminProcedure } from "../../trpc.ts";

/** Every region tenant with how far its setup has come. */
export const list = platformAdminProcedure.query(async ({ ctx }) => {
  const regions = await listRegionsByName(ctx.tx);
  const counts = await regionSetupCounts(ctx.tx);
  return regions.map((r) => ({ ...r, progress: onboardingProgress(counts.get(r.id)!) }));
});
