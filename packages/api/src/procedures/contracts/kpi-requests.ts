import { z } from "zod";
import { contractKpiRequests } from "@jeugdregie/db";
import { KPI_DEFINITIONS, PROVIDER_KPI_KEYS } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";
import { contractId, contractNotFound } from "./_shared.ts";

/** The KPIs the region asks of a contract's provider, beside every KPI it could ask (those stored per provider). */
export const kpiRequests = regionAdminProcedure.input(z.object({ contractId })).query(async ({ ctx, input }) => {
  const found = await contractKpiRequests(ctx.tx, ctx.regionId, input.contractId);
  if (!found) throw contractNotFound();
  return {
    contractId: input.contractId,
    requested: found.kpis,
    available: PROVIDER_KPI_KEYS.map((key) => ({ key, label: KPI_DEFINITIONS[key].label, definition: KPI_DEFINITIONS[key].definition })),
  };
});
