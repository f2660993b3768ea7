import { workList } from "@jeugdregie/db";
import { coordinatorProcedure } from "../../trpc.ts";

const DAY = 86_400_000;
const daysSince = (from: Date | null, now: number) => (from ? Math.max(0, Math.floor((now - new Date(from).getTime()) / DAY)) : 0);

/**
 * The coordinator's (and the crisis team's) start page: what waits for action, offers closest
 * to their deadline, placements under pressure and waiting children, each with how long.
 */
export const worklist = coordinatorProcedure.query(async ({ ctx }) => {
  const list = await workList(ctx.tx, ctx.regionId);
  const now = Date.now();
  return {
    ...list,
    needsAction: list.needsAction.map((r) => ({ ...r, daysWaiting: daysSince(r.submitted_at, now) })),
    offers: list.offers.map((o) => ({ ...o, hoursLeft: Math.round((new Date(o.deadline_at).getTime() - now) / 3_600_000) })),
    waiting: list.waiting.map((r) => ({ ...r, daysWaiting: daysSince(r.waiting_since, now) })),
  };
});
