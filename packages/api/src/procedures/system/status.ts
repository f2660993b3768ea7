import { listHeartbeats } from "@jeugdregie/db";
import { isWorkerAlive } from "@jeugdregie/domain";
import { forbidden } from "../../errors.ts";
import { authedProcedure } from "../../trpc.ts";

export const systemStatus = authedProcedure.query(async ({ ctx }) => {
  if (!ctx.viewer.ability.can("read", "SystemStatus")) throw forbidden();
  const now = new Date();
  const workers = await listHeartbeats(ctx.deps.db);
  return {
    checkedAt: now,
    heartbeatEveryMs: ctx.deps.heartbeatEveryMs,
    workers: workers.map((w) => ({ ...w, alive: isWorkerAlive(w.lastBeatAt, ctx.deps.heartbeatEveryMs, now) })),
  };
});
