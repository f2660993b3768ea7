import { z } from "zod";
import { kpiLongWaitPage } from "@jeugdregie/db";
import { kpiPeriod, monthOf, needsRecoveryPlan } from "@jeugdregie/domain";
import { pageShape } from "../../input.ts";
import { figuresProcedure, monthInput } from "./_shared.ts";

const input = z.object({ ...pageShape, month: monthInput.optional() }).optional();

/**
 * Per provider, the children on the month's waiting list and those waiting more than four months,
 * flagged where the region asks for a recovery plan (seeds/003): a keyset page, the most first.
 */
export const longWaits = figuresProcedure.input(input).query(async ({ ctx, input }) => {
  const now = new Date();
  const { month } = kpiPeriod(input?.month ?? monthOf(now), now);
  const page = await kpiLongWaitPage(ctx.tx, ctx.regionId, month, { cursor: input?.cursor, limit: input?.limit });
  return { month, items: page.items.map((row) => ({ ...row, needsRecoveryPlan: needsRecoveryPlan(row) })), nextCursor: page.nextCursor };
});
