import { z } from "zod";
import { setActiveRegion, writeAudit } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { tenantProcedure } from "../../trpc.ts";

const input = z.object({ regionId: z.uuid({ message: "Onbekende regio." }) });

/** Region-scoped users with several memberships choose which tenant they act in. */
export const switchRegion = tenantProcedure.input(input).mutation(async ({ ctx, input }) => {
  const { viewer } = ctx;
  if (!viewer.memberships.some((m) => m.regionId === input.regionId)) {
    throw new AppError("FORBIDDEN", { nl: "Je werkt niet voor deze regio.", en: "You do not work for this region." });
  }
  await setActiveRegion(ctx.tx, viewer.session.id, input.regionId);
  await writeAudit(ctx.tx, viewer.scope, { action: "switch_region", entity: "session", regionId: null, details: { to: input.regionId } });
  return { activeRegionId: input.regionId };
});
