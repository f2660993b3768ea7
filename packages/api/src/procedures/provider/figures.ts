import { z } from "zod";
import { providerFigures } from "@jeugdregie/db";
import { figureMonths, shapeProviderFigures } from "@jeugdregie/domain";
import { pageShape } from "../../input.ts";
import { figureMonthsShape, providerFiguresProcedure } from "./_shared.ts";

/**
 * The provider's own figures per region it serves and month (default: the last twelve months):
 * occupancy of its locations, offers received and answered (declines by coded reason), response
 * time, placements started and ended, and P x Q money. A page of region-months.
 */
export const figures = providerFiguresProcedure
  .input(z.object({ ...pageShape, ...figureMonthsShape }).optional())
  .query(async ({ ctx, input }) => {
    const { cursor, limit, fromMonth, toMonth } = input ?? {};
    const months = figureMonths(fromMonth, toMonth, new Date());
    const page = await providerFigures(ctx.tx, ctx.providerId, months, { cursor, limit });
    return { items: page.items.map(shapeProviderFigures), nextCursor: page.nextCursor, fromMonth: months.from, toMonth: months.to };
  });
