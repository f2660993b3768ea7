import { listHeartbeats } from "@jeugdregie/db";
import { isWorkerAlive } from "@jeugdregie/domain";
import { systemProcedure } from "./_shared.ts";

/** Which workers beat recently enough to count as alive. */
export const status = systemProcedure.query(async ({ ctx }) => {
  const now = new Date();
  const workers = await listHeartbeats(ctx.tx);
  return {
    checkedAt: now,
    heartbeatEveryMs: ctx.deps.heartbeatEveryMs,
    workers: workers.map((w) => ({ ...w, alive: isWorkerAlive(w.lastBeatAt, ctx.deps.heartbeatEveryMs, now) })),
  };
});
