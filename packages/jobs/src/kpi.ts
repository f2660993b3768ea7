import { allRegionIds, computeKpiSnapshots, type Database } from "@jeugdregie/db";
import { isAppError, kpiPeriod, previousMonth, systemScopeFor } from "@jeugdregie/domain";
import { RefusedJobError } from "./registry.ts";
import { inScope, PLATFORM_SYSTEM_SCOPE } from "./scope.ts";

export interface KpiSnapshotsRun {
  month: string;
  regions: number;
  values: number;
}

/**
 * The monthly figures: one region-month per transaction (each its own snapshot of the data, its
 * delete + insert all or nothing), as the placement point's system actor. Without a month, the
 * last complete one; without a region, every region. A future month is refused, never retried.
 */
export async function processKpiSnapshots(
  db: Database,
  payload: { month?: string | undefined; regionId?: string | undefined },
  now: Date = new Date(),
): Promise<KpiSnapshotsRun> {
  const month = payload.month ?? previousMonth(now);
  try {
    kpiPeriod(month, now);
  } catch (error) {
    if (isAppError(error)) throw new RefusedJobError(error.messageEn);
    throw error;
  }
  const regions = payload.regionId ? [payload.regionId] : await inScope(db, PLATFORM_SYSTEM_SCOPE, (tx) => allRegionIds(tx));
  let values = 0;
  for (const regionId of regions) {
    const written = await inScope(db, systemScopeFor(regionId), (tx) => computeKpiSnapshots(tx, regionId, month, now));
    values += written.values;
  }
  return { month, regions: regions.length, values };
}
