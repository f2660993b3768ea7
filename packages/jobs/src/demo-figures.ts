import { demoSettlementRequesters, type Database } from "@jeugdregie/db";
import { addMonths, dutchToday, monthOf } from "@jeugdregie/domain";
import { processKpiSnapshots } from "./kpi.ts";
import { processComputeSettlements } from "./money.ts";

/** Months of KPI snapshots the demo starts with: six complete ones and the running month. */
export const DEMO_KPI_MONTHS = 7;

export interface DemoFigures {
  months: string[];
  kpiValues: number;
  settlements: number;
}

/**
 * The figures a demo shows on its first start, computed by the same jobs the worker runs (not
 * queued: the dashboards have them before the first login): the KPI snapshots of every region for
 * the last months, and the guarantee settlements of last year and this year, each asked for by a
 * region admin of the region (computed, not approved: another admin approves, four eyes).
 * `app` is the application role's connection (the jobs run under row-level security), `owner`
 * finds who asks.
 */
export async function computeDemoFigures(app: Database, owner: Database, now: Date = new Date()): Promise<DemoFigures> {
  const current = monthOf(now);
  const months = Array.from({ length: DEMO_KPI_MONTHS }, (_, i) => addMonths(current, i - DEMO_KPI_MONTHS + 1));
  let kpiValues = 0;
  for (const month of months) kpiValues += (await processKpiSnapshots(app, { month }, now)).values;

  const today = dutchToday(now);
  const year = Number(today.slice(0, 4));
  let settlements = 0;
  for (const y of [year - 1, year])
    for (const { regionId, userId } of await demoSettlementRequesters(owner, y)) {
      const scope = { userId, role: "region_admin" as const, regionId, providerId: null, supraRegionId: null };
      const result = await processComputeSettlements(app, { year: y, scope }, "demo-seed", today);
      if (result.status === "computed") settlements += result.written;
    }
  return { months, kpiValues, settlements };
}
