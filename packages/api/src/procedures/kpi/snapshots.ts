import { z } from "zod";
import { kpiSnapshotPage } from "@jeugdregie/db";
import { KPI_DEFINITIONS, KPI_KEYS } from "@jeugdregie/domain";
import { pageShape } from "../../input.ts";
import { figuresProcedure, monthInput, monthRange, splitInput } from "./_shared.ts";

const input = z
  .object({
    ...pageShape,
    /** Default: twelve months up to `toMonth`. */
    fromMonth: monthInput.optional(),
    /** Default: this month. */
    toMonth: monthInput.optional(),
    kpi: z.enum(KPI_KEYS, { message: "Onbekend kengetal." }).optional(),
    ...splitInput,
    locationId: z.uuid({ message: "Onbekende locatie." }).optional(),
    breakdown: z.string().trim().min(1).max(100, { message: "Een uitsplitsing is hoogstens 100 tekens." }).optional(),
  })
  .optional();

/**
 * The region's stored monthly figures as series (per KPI and split, months ascending), with every
 * KPI's Dutch label and definition to show beside the number. A month without figures has no
 * row: a chart shows a gap, not a zero. A filter not given leaves every split of its dimension.
 */
export const snapshots = figuresProcedure.input(input).query(async ({ ctx, input }) => {
  const { cursor, limit, ...filter }: NonNullable<typeof input> = input ?? {};
  const { fromMonth, toMonth } = monthRange(filter.fromMonth, filter.toMonth, new Date());
  const page = await kpiSnapshotPage(ctx.tx, ctx.regionId, { ...filter, fromMonth, toMonth }, { cursor, limit });
  return { ...page, fromMonth, toMonth, definitions: KPI_DEFINITIONS };
});
