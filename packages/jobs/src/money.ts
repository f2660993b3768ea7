import {
  guaranteeContractsInYear,
  intensityTariffsForYear,
  membershipsOf,
  replaceComputedSettlements,
  settlementStays,
  withIdentity,
  writeAudit,
  type Database,
  type NewSettlement,
} from "@jeugdregie/db";
import { guaranteeForYear, guaranteeSettlement, pxqCost, type TenantScope } from "@jeugdregie/domain";
import { inScope } from "./scope.ts";

export interface ComputeSettlementsPayload {
  year: number;
  /** The region admin who asked: recorded on every row, so a second admin approves (four eyes). */
  scope: TenantScope & { regionId: string };
}

export type ComputeSettlementsResult =
  { status: "computed"; written: number; keptApproved: number } | { status: "refused"; reason: "not a region admin" };

/**
 * The yearly guarantee settlement of every guarantee contract of a region (domain: money/guarantee.ts),
 * in one transaction under the requester's scope. Idempotent: computed rows of the year are
 * replaced by the same figures; approved rows are never touched. Placement days run up to today
 * at most (a settlement of the current year is provisional).
 */
export async function processComputeSettlements(
  db: Database,
  payload: ComputeSettlementsPayload,
  jobLabel: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<ComputeSettlementsResult> {
  const { scope, year } = payload;
  const { regionId } = scope;
  const memberships = await withIdentity(db, scope.userId, (tx) => membershipsOf(tx, scope.userId));
  if (!memberships.some((m) => m.role === "region_admin" && m.regionId === regionId))
    return { status: "refused", reason: "not a region admin" };

  return inScope(db, scope, async (tx) => {
    const contracts = await guaranteeContractsInYear(tx, regionId, year);
    const table = await intensityTariffsForYear(tx, regionId, year);
    const rows: NewSettlement[] = [];
    for (const contract of contracts) {
      const guarantee = guaranteeForYear(contract.guaranteeAmountCents, contract, year);
      if (!guarantee) continue;
      const stays = await settlementStays(tx, regionId, contract.providerId, guarantee.period);
      const cost = pxqCost(stays, guarantee.period, table, today);
      rows.push({
        contractId: contract.contractId,
        providerId: contract.providerId,
        periodStart: guarantee.period.startsOn,
        periodEnd: guarantee.period.endsOn,
        placementDays: cost.days,
        unpricedDays: cost.unpricedDays,
        ...guaranteeSettlement({ guaranteeCents: guarantee.cents, pxqCents: cost.cents }),
      });
    }
    const result = await replaceComputedSettlements(tx, regionId, year, { requestedBy: scope.userId, computedByJob: jobLabel }, rows);
    await writeAudit(tx, scope, {
      action: "create",
      entity: "settlement",
      regionId,
      details: { year, contracts: rows.length, written: result.written, keptApproved: result.keptApproved },
    });
    return { status: "computed", ...result };
  });
}
