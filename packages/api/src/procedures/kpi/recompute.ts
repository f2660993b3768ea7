import { z } from "zod";
import { writeAudit } from "@jeugdregie/db";
import { KPI_MONTH_PATTERN, kpiPeriod } from "@jeugdregie/domain";
import { kpiSnapshotsJob, kpiSnapshotsJobOptions } from "@jeugdregie/jobs";
import { regionAdminProcedure } from "../../trpc.ts";

const input = z.object({
  month: z
    .string({ message: "Kies een maand." })
    .regex(KPI_MONTH_PATTERN, { message: "Schrijf een maand als jaar-maand, bijvoorbeeld 2026-10." }),
});

/**
 * A region admin asks for one month's figures again (after a correction in the data): the worker
 * recomputes it, one job per region-month however often it is asked while it waits. A month in the
 * future is refused. When the queue is down the admin hears it (nothing else would recompute it).
 */
export const recompute = regionAdminProcedure.input(input).mutation(async ({ ctx, input }) => {
  const { month } = kpiPeriod(input.month, new Date());
  const { regionId } = ctx;
  await writeAudit(ctx.tx, ctx.viewer.scope, { regionId, action: "update", entity: "kpi_snapshots", details: { month } });
  ctx.afterCommit(async () => {
    await ctx.deps.jobs.enqueue(kpiSnapshotsJob, { month, regionId }, kpiSnapshotsJobOptions(regionId, month));
  });
  return { month, queued: true };
});
