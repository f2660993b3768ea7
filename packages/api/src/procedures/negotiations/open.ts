import { z } from "zod";
import { openNegotiation } from "@jeugdregie/db";
import { isoDate, orderedPeriod, placeCount } from "../../input.ts";
import { mailOtherSide, negotiationProcedure } from "./_shared.ts";

const input = z
  .object({
    supraRegionId: z.uuid().nullable().default(null),
    careType: z.string().min(2).max(60),
    counterpartyRegionId: z.uuid().nullable(),
    places: placeCount("Vul het aantal plekken in.").min(1, { message: "Onderhandel over minstens één plek." }),
    periodStart: isoDate("2027-01-01"),
    periodEnd: isoDate("2027-12-31"),
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .refine(...orderedPeriod("periodStart", "periodEnd"));

/** A first proposal of places for a period, to the supra coordinator or a member region. */
export const open = negotiationProcedure.input(input).mutation(async ({ ctx, input }) => {
  const opened = await openNegotiation(ctx.tx, ctx.viewer.scope, input, ctx.deps.crypto);
  mailOtherSide(ctx, opened.outboxIds);
  return opened;
});
