import { z } from "zod";
import { updateContract } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { orderedPeriod } from "../../input.ts";
import { contractId, contractTermsShape } from "./_shared.ts";

export const updateContractInput = z.object({ contractId, ...contractTermsShape }).refine(...orderedPeriod("startsOn", "endsOn"));

/**
 * The region changes a contract's terms: a proposal at once; a confirmed contract's change waits
 * for the provider's admin (the contract keeps its terms meanwhile). Before and after are audited.
 */
export const update = regionAdminProcedure.input(updateContractInput).mutation(({ ctx, input }) => {
  const { contractId: id, ...terms } = input;
  return updateContract(ctx.tx, ctx.viewer.scope, ctx.regionId, id, terms);
});
