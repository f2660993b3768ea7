import { z } from "zod";
import { answerNegotiation, listNegotiations, negotiationOptions, openNegotiation, withTenant } from "@jeugdregie/db";
import { sendEmailJob } from "@jeugdregie/jobs";
import type { Context } from "../../context.ts";
import { nudgeWorker } from "../../nudge.ts";
import { forbidden } from "../../errors.ts";
import { authedProcedure } from "../../trpc.ts";
import { isoDate, orderedPeriod, placeCount } from "../../input.ts";

/** Regions of a supra region and its coordinator negotiate capacity; RLS keeps each to its own negotiations. */
const negotiationProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer.ability.can("manage", "Negotiation")) throw forbidden();
  return next();
});

export const negotiations = negotiationProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => listNegotiations(tx, ctx.viewer.scope)),
);

/** The other side hears of each step by e-mail (outbox, relayed by the worker; kept as skipped when no SMTP is set). */
async function sendMails(ctx: Pick<Context, "deps" | "requestId">, outboxIds: string[]) {
  for (const outboxId of outboxIds) await nudgeWorker(ctx, sendEmailJob, { outboxId });
}

export const openNegotiationProcedure = negotiationProcedure
  .input(
    z
      .object({
        supraRegionId: z.uuid().nullable().default(null),
        careType: z.string().min(2).max(60),
        counterpartyRegionId: z.uuid().nullable(),
        places: placeCount("Vul het aantal plekken in.").min(1, { message: "Onderhandel over minstens één plek." }),
        periodStart: isoDate("2027-01-01"),
        periodEnd: isoDate("2027-12-31"),
        note: z.string().trim().max(2000).nullable().default(null),
      })
      .refine(...orderedPeriod("periodStart", "periodEnd")),
  )
  .mutation(async ({ ctx, input }) => {
    const opened = await withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => openNegotiation(tx, ctx.viewer.scope, input, ctx.deps.crypto));
    await sendMails(ctx, opened.outboxIds);
    return opened;
  });

export const answerNegotiationProcedure = negotiationProcedure
  .input(
    z.object({
      negotiationId: z.uuid(),
      action: z.enum(["accept", "reject", "counter"]),
      places: placeCount().optional(),
      note: z.string().trim().max(2000).nullable().default(null),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const answered = await withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      answerNegotiation(tx, ctx.viewer.scope, input.negotiationId, input.action, input.places, input.note, ctx.deps.crypto),
    );
    await sendMails(ctx, answered.outboxIds);
    return answered;
  });

export const negotiationOptionsProcedure = negotiationProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => negotiationOptions(tx, ctx.viewer.scope)),
);
