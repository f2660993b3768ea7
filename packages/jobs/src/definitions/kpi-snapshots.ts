import { z } from "zod";
import { KPI_MONTH_PATTERN } from "@jeugdregie/domain";
import { defineJob } from "../job.ts";
import { processKpiSnapshots } from "../kpi.ts";
import { SYSTEM_QUEUE } from "../queues.ts";

/**
 * A region's monthly figures (issue 13): scheduled monthly for every region and the last complete
 * month (payload `{}`), or "recompute month M for region R" (`{ month, regionId }`), queued with
 * kpiSnapshotsJobOptions so a second request while one waits or runs is the same job.
 */
export const kpiSnapshotsJob = defineJob({
  queue: SYSTEM_QUEUE,
  name: "kpi-snapshots",
  version: 1,
  payload: z
    .object({
      month: z.string().regex(KPI_MONTH_PATTERN).optional(),
      regionId: z.uuid().optional(),
    })
    .strict(),
  handle: (payload, deps) => processKpiSnapshots(deps.db, payload),
});

/** One job per region-month while it waits or runs; a finished one is removed, so a later recompute is queued again. */
export function kpiSnapshotsJobOptions(regionId: string, month: string) {
  return { jobId: `kpi-snapshots-${regionId}-${month}`, removeOnComplete: true, removeOnFail: true };
}

/** The monthly run: early on the 2nd (Dutch time), when the last month is complete everywhere. */
export const KPI_SNAPSHOTS_SCHEDULE = { pattern: "0 30 3 2 * *", tz: "Europe/Amsterdam" } as const;
