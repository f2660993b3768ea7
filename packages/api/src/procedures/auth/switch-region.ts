import { z } from "zod";
import { setActiveRegion, writeAudit } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { authedProcedure } from "../../trpc.ts";

export const switchRegionInput = z.object({ regionId: z.uuid({ message: "Onbekende regio." }) });

/** Region-scoped users with several memberships choose which tenant they act in. */
export const switchRegion = authedProcedure.input(switchRegionInput).mutation(async ({ ctx, input }) => {
  const { viewer, deps } = ctx;
  if (!viewer.memberships.some((m) => m.regionId === input.regionId)) {
    throw new AppError("FORBIDDEN", { nl: "Je werkt niet voor deze regio.", en: "You do not work for this region." });
  }
  await setActiveRegion(deps.db, viewer.session.id, input.regionId);
  await deps.db
    .transaction()
    .execute((trx) =>
      writeAudit(trx, viewer.scope, { action: "switch_region", entity: "session", regionId: null, details: { to: input.regionId } }),
    );
  return { activeRegionId: input.regionId };
});
