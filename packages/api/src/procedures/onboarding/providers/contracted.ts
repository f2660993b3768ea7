import { contractedProvidersPage } from "@jeugdregie/db";
import { pageInput } from "../../../input.ts";
import { regionAdminProcedure } from "../../../trpc.ts";

export const contracted = regionAdminProcedure
  .input(pageInput)
  .query(({ ctx, input }) => contractedProvidersPage(ctx.tx, ctx.regionId, input ?? {}));
