import { z } from "zod";
import { listSettlements } from "@jeugdregie/db";
import { pageShape } from "../../input.ts";
import { settlementReaderProcedure, settlementYear } from "./_shared.ts";

/**
 * A year's guarantee settlements, by provider: the region admin sees the region's (and whether they
 * may approve each: not the ones they requested), a provider its own in every region.
 */
export const list = settlementReaderProcedure.input(z.object({ year: settlementYear, ...pageShape })).query(async ({ ctx, input }) => {
  const page = await listSettlements(ctx.tx, ctx.owner, input.year, input);
  const me = ctx.viewer.scope.userId;
  const admin = "regionId" in ctx.owner;
  return {
    items: page.items.map(({ requestedBy, ...settlement }) => ({
      ...settlement,
      requestedByMe: requestedBy === me,
      mayApprove: admin && settlement.status === "computed" && requestedBy !== me,
    })),
    nextCursor: page.nextCursor,
  };
});
