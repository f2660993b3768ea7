import { sendEmailJob } from "@jeugdregie/jobs";
import type { Context } from "../../context.ts";
import { forbidden } from "../../errors.ts";
import { nudgeWorker } from "../../nudge.ts";
import { authedProcedure, inTenantTransaction, type AfterCommit } from "../../trpc.ts";

/** Regions of a supra region and its coordinator negotiate capacity; RLS keeps each to its own negotiations. */
export const negotiationProcedure = authedProcedure
  .use(({ ctx, next }) => {
    if (!ctx.viewer.ability.can("manage", "Negotiation")) throw forbidden();
    return next();
  })
  .use(inTenantTransaction);

/** The other side hears of each step by e-mail (outbox, relayed by the worker; kept as skipped when no SMTP is set). */
export function mailOtherSide(ctx: Pick<Context, "deps" | "requestId"> & { afterCommit: AfterCommit }, outboxIds: string[]) {
  for (const outboxId of outboxIds) ctx.afterCommit(() => nudgeWorker(ctx, sendEmailJob, { outboxId }));
}
