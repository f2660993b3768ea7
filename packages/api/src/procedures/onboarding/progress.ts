import { regionCounts } from "@jeugdregie/db";
import { onboardingProgress } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";

export const progress = regionAdminProcedure.query(async ({ ctx }) => onboardingProgress(await regionCounts(ctx.tx, ctx.regionId)));
