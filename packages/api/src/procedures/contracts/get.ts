import { z } from "zod";
import { regionContract } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { contractId } from "./_shared.ts";

/** One contract of the region (for its page): another region's is not found. */
export const get = regionAdminProcedure
  .input(z.object({ contractId }))
  .query(({ ctx, input }) => regionContract(ctx.tx, ctx.viewer.scope, ctx.regionId, input.contractId));
