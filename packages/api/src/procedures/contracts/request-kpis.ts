import { z } from "zod";
import { contractKpiRequests, replaceContractKpiRequests, writeAudit } from "@jeugdregie/db";
import { requestedProviderKpis } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";
import { contractId, contractNotFound } from "./_shared.ts";

const input = z.object({
  contractId,
  kpis: z
    .array(z.string({ message: "Kies een kengetal." }).trim().max(60, { message: "Onbekend kengetal." }), {
      message: "Kies de kengetallen.",
    })
    .max(20, { message: "Kies hoogstens 20 kengetallen." }),
});

/**
 * The region sets which KPIs the contract's provider reports (what it asked before and not now is
 * no longer asked); only KPIs stored per provider can be asked. Audited with before and after.
 */
export const requestKpis = regionAdminProcedure.input(input).mutation(async ({ ctx, input }) => {
  // Another region's contract first: its id must never learn anything from the KPIs' check.
  const before = await contractKpiRequests(ctx.tx, ctx.regionId, input.contractId);
  if (!before) throw contractNotFound();
  const kpis = requestedProviderKpis(input.kpis);
  const contract = { regionId: ctx.regionId, contractId: input.contractId, providerId: before.providerId };
  await replaceContractKpiRequests(ctx.tx, contract, kpis, ctx.viewer.scope.userId);
  await writeAudit(ctx.tx, ctx.viewer.scope, {
    action: "update",
    entity: "contract_kpi_requests",
    entityId: input.contractId,
    regionId: ctx.regionId,
    details: { before: before.kpis, after: kpis },
  });
  return { contractId: input.contractId, requested: kpis };
});
