import { z } from "zod";
import { answerNegotiation } from "@jeugdregie/db";
import { placeCount } from "../../input.ts";
import { mailOtherSide, negotiationProcedure } from "./_shared.ts";

const input = z.object({
  negotiationId: z.uuid(),
  action: z.enum(["accept", "reject", "counter"]),
  places: placeCount().optional(),
  note: z.string().trim().max(2000).nullable().default(null),
});

/** Accepts, rejects or counters the other side's last proposal. */
export const answer = negotiationProcedure.input(input).mutation(async ({ ctx, input }) => {
  const answered = await answerNegotiation(
    ctx.tx,
    ctx.viewer.scope,
    input.negotiationId,
    input.action,
    input.places,
    input.note,
    ctx.deps.crypto,
  );
  mailOtherSide(ctx, answered.outboxIds);
  return answered;
});
