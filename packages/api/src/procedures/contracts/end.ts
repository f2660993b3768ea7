import { z } from "zod";
import { endContract } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { isoDate } from "../../input.ts";
import { contractId } from "./_shared.ts";

export const endContractInput = z.object({
  contractId,
  endsOn: isoDate("2026-12-31"),
  reason: z
    .string({ message: "Geef een reden voor de beëindiging." })
    .trim()
    .min(5, { message: "Geef een reden voor de beëindiging (minstens 5 tekens)." })
    .max(2000, { message: "Een reden heeft hoogstens 2000 tekens." }),
});

/** The region ends a confirmed contract on a day of its period (never before its start); no offers after it. */
export const end = regionAdminProcedure
  .input(endContractInput)
  .mutation(({ ctx, input }) => endContract(ctx.tx, ctx.viewer.scope, ctx.regionId, input.contractId, input.endsOn, input.reason));
