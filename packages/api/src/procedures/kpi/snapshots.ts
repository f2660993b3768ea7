import { z } from "zod";
import { kpiSnapshotPage } from "@jeugdregie/db";
import {
  addMonths,
  AppError,
  CARE_TYPES,
  KPI_DEFINITIONS,
  KPI_KEYS,
  KPI_MONTH_PATTERN,
  kpiPeriod,
  monthCount,
  monthOf,
} from "@jeugdregie/domain";
import { pageShape } from "../../input.ts";
import { figuresProcedure } from "./_shared.ts";

/** The longest range one call covers: three years of months. */
export const MAX_KPI_MONTHS = 36;

const month = z
  .string({ message: "Kies een maand." })
  .regex(KPI_MONTH_PATTERN, { message: "Schrijf een maand als jaar-maand, bijvoorbeeld 2026-10." })
  .optional();

const input = z
  .object({
    ...pageShape,
    /** Default: twelve months up to `toMonth`. */
    fromMonth: month,
    /** Default: this month. */
    toMonth: month,
    kpi: z.enum(KPI_KEYS, { message: "Onbekend kengetal." }).optional(),
    careType: z.enum(CARE_TYPES, { message: "Onbekende zorgvorm." }).optional(),
    providerId: z.uuid({ message: "Onbekende aanbieder." }).optional(),
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
  const now = new Date();
  const toMonth = filter.toMonth ?? monthOf(now);
  kpiPeriod(toMonth, now);
  const fromMonth = filter.fromMonth ?? addMonths(toMonth, -11);
  const months = monthCount(fromMonth, toMonth);
  if (months === 0 || months > MAX_KPI_MONTHS)
    throw new AppError("BAD_INPUT", {
      nl: `Kies een periode van 1 tot ${MAX_KPI_MONTHS} maanden waarvan de eerste maand niet na de laatste ligt.`,
      en: `Choose a period of 1 to ${MAX_KPI_MONTHS} months whose first month is not after its last.`,
    });
  const page = await kpiSnapshotPage(ctx.tx, ctx.regionId, { ...filter, fromMonth, toMonth }, { cursor, limit });
  return { ...page, fromMonth, toMonth, definitions: KPI_DEFINITIONS };
});
