import { contractedProviders } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const contracted = regionAdminProcedure.query(({ ctx }) => contractedProviders(ctx.tx, ctx.regionId));
