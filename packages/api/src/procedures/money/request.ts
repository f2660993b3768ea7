import { z } from "zod";
import { guaranteeContractsInYear } from "@jeugdregie/db";
import { requireGuaranteeContracts, validateSettlementYear } from "@jeugdregie/domain";
import { computeSettlementsJob } from "@jeugdregie/jobs";
import { settlementAdminProcedure, settlementYear } from "./_shared.ts";

/**
 * Asks the worker to compute the year's guarantee settlements of the region. Refused for a year
 * that has not begun or has no guarantee contract. The caller is recorded as the requester, so
 * another region admin approves. The job is handed over after the commit; when the queue is down
 * the caller hears so (nothing else would start the computation).
 */
export const request = settlementAdminProcedure.input(z.object({ year: settlementYear })).mutation(async ({ ctx, input }) => {
  validateSettlementYear(input.year, new Date().toISOString().slice(0, 10));
  const contracts = await guaranteeContractsInYear(ctx.tx, ctx.regionId, input.year);
  requireGuaranteeContracts(input.year, contracts);
  const { userId } = ctx.viewer.scope;
  ctx.afterCommit(async () => {
    await ctx.deps.jobs.enqueue(computeSettlementsJob, {
      year: input.year,
      scope: { userId, role: "region_admin", regionId: ctx.regionId, providerId: null, supraRegionId: null },
    });
  });
  return { year: input.year, contracts: contracts.length };
});
