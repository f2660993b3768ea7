import { z } from "zod";
import { endContract, regionContract, updateContract, withTenant } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { isoDate, orderedPeriod } from "../../input.ts";
import { contractTermsShape } from "./contracts.ts";

const contractId = z.uuid({ message: "Kies een contract." });

/** One contract of the region (for its page): another region's is not found. */
export const getContractProcedure = regionAdminProcedure
  .input(z.object({ contractId }))
  .query(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => regionContract(tx, ctx.viewer.scope, ctx.regionId, input.contractId)),
  );

export const updateContractInput = z.object({ contractId, ...contractTermsShape }).refine(...orderedPeriod("startsOn", "endsOn"));

/**
 * The region changes a contract's terms: a proposal at once; a confirmed contract's change waits
 * for the provider's admin (the contract keeps its terms meanwhile). Before and after are audited.
 */
export const updateContractProcedure = regionAdminProcedure.input(updateContractInput).mutation(({ ctx, input }) => {
  const { contractId: id, ...terms } = input;
  return withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => updateContract(tx, ctx.viewer.scope, ctx.regionId, id, terms));
});

export const endContractInput = z.object({
  contractId,
  endsOn: isoDate("2026-12-31"),
  reason: z
    .string({ message: "Geef een reden voor de beëindiging." })
    .trim()
    .min(5, { message: "Geef een reden voor de beëindiging (minstens 5 tekens)." })
    .max(2000, { message: "Een reden heeft hoogstens 2000 tekens." }),
});

/** The region ends a confirmed contract on a day of its period (never before its start); no offers after it. */
export const endContractProcedure = regionAdminProcedure
  .input(endContractInput)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      endContract(tx, ctx.viewer.scope, ctx.regionId, input.contractId, input.endsOn, input.reason),
    ),
  );
