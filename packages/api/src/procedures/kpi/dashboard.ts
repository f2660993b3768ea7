import { z } from "zod";
import { assertKnownSplits, kpiDashboardChoices, kpiDashboardValues } from "@jeugdregie/db";
import { filterSplit, isDrillable, KPI_DEFINITIONS, KPI_KEYS, monthsBetween, seriesSplit, shapeSeries } from "@jeugdregie/domain";
import { figuresProcedure, monthInput, monthRange, splitInput } from "./_shared.ts";

const input = z
  .object({
    /** Default: twelve months up to `toMonth`. */
    fromMonth: monthInput.optional(),
    /** Default: this month. */
    toMonth: monthInput.optional(),
    ...splitInput,
  })
  .optional();

/**
 * The region dashboard: per KPI its Dutch label and definition and its series over the months of
 * the period for the filter chosen (every month present, a month without a snapshot empty, never
 * 0), the declines also per coded reason; what the filters offer. Figures only: the rows behind
 * a number come from kpi.drillDown, for those allowed to see them.
 */
export const dashboard = figuresProcedure.input(input).query(async ({ ctx, input }) => {
  const filter = input ?? {};
  const { fromMonth, toMonth } = monthRange(filter.fromMonth, filter.toMonth, new Date());
  await assertKnownSplits(ctx.tx, ctx.regionId, { fromMonth, toMonth, providerId: filter.providerId });
  const months = monthsBetween(fromMonth, toMonth);
  const wanted = { careType: filter.careType, providerId: filter.providerId, municipalityCode: filter.municipalityCode };
  // Every KPI reads the same split (or none): one query for the split, nothing for a combination.
  const stored = filterSplit(wanted);
  const split = "missing" in stored ? null : stored;
  const { values, computedAt } = split
    ? await kpiDashboardValues(ctx.tx, ctx.regionId, { fromMonth, toMonth }, split)
    : { values: [], computedAt: null };
  const kpis = KPI_KEYS.map((key) => {
    const definition = KPI_DEFINITIONS[key];
    const own = seriesSplit(definition, wanted);
    const mine = "missing" in own ? [] : values.filter((v) => v.kpi === key);
    const codes = definition.breakdown?.codes ?? [];
    return {
      key,
      label: definition.label,
      definition: definition.definition,
      unit: definition.unit,
      drillable: isDrillable(key),
      missing: "missing" in own ? own.missing : null,
      series: shapeSeries(
        months,
        mine.filter((v) => v.breakdown === null),
      ),
      breakdowns:
        key === "declines"
          ? codes.map((code) => ({
              code,
              series: shapeSeries(
                months,
                mine.filter((v) => v.breakdown === code),
              ),
            }))
          : [],
    };
  });
  const choices = await kpiDashboardChoices(ctx.tx, ctx.regionId);
  // A combination of filters is not stored: said once, for the whole page.
  const notStored = "missing" in stored ? stored.missing : null;
  return { fromMonth, toMonth, months, filter: wanted, notStored, computedAt, kpis, ...choices };
});
