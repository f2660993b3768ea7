import { AppError } from "../errors.ts";
import { KPI_DEFINITIONS, LONG_WAIT_MONTHS, type KpiDefinition, type KpiDimension, type KpiKey } from "./definitions.ts";
import { addMonths, monthCount } from "./months.ts";

/**
 * The region dashboard (issue 13, part 2): which stored series a filter selects, a series with
 * every month of the period (a month without a snapshot stays empty, never 0), and the rule of
 * the four-months waiting list (seeds/003: a recovery plan for waiting lists over four months).
 */

/** What the dashboard filters on: one dimension at a time, as the snapshots store them. */
export interface DashboardFilter {
  careType?: string;
  providerId?: string;
  municipalityCode?: string;
}

/** The stored split a KPI's series is read from (null: all), or why this filter has no series for it. */
export type SeriesSplit = { careType: string | null; providerId: string | null; municipalityCode: string | null } | { missing: string };

const DIMENSION_OF = { careType: "careType", providerId: "provider", municipalityCode: "municipality" } as const;
const DIMENSION_LABEL: Record<KpiDimension, string> = {
  careType: "zorgvorm",
  provider: "aanbieder",
  location: "locatie",
  municipality: "gemeente",
  breakdown: "uitsplitsing",
};

const givenFilters = (filter: DashboardFilter) =>
  (Object.keys(DIMENSION_OF) as (keyof typeof DIMENSION_OF)[]).filter((k) => filter[k] !== undefined);

/** The stored split a filter reads, whatever the KPI; a combination of filters is not stored. */
export function filterSplit(filter: DashboardFilter): SeriesSplit {
  if (givenFilters(filter).length > 1)
    return { missing: "Kengetallen zijn per zorgvorm, per aanbieder of per gemeente opgeslagen, niet voor combinaties: kies één filter." };
  return {
    careType: filter.careType ?? null,
    providerId: filter.providerId ?? null,
    municipalityCode: filter.municipalityCode ?? null,
  };
}

/** The split of one KPI's series for the filter: as filterSplit, and only in a dimension the KPI is stored by. */
export function seriesSplit(definition: KpiDefinition, filter: DashboardFilter): SeriesSplit {
  const key = givenFilters(filter)[0];
  if (givenFilters(filter).length === 1 && key && !definition.dimensions.includes(DIMENSION_OF[key]))
    return { missing: `Dit kengetal is niet uitgesplitst naar ${DIMENSION_LABEL[DIMENSION_OF[key]]}.` };
  return filterSplit(filter);
}

/** The months from `from` to `to`, both included, ascending. */
export function monthsBetween(from: string, to: string): string[] {
  return Array.from({ length: monthCount(from, to) }, (_, i) => addMonths(from, i));
}

export interface SeriesPoint {
  month: string;
  /** Null: no snapshot for this month ("geen gegevens"), which is not 0. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** One point per month of the period; a month that has no stored value is empty. A value outside the period is left out. */
export function shapeSeries(months: readonly string[], stored: readonly SeriesPoint[]): SeriesPoint[] {
  const byMonth = new Map(stored.map((p) => [p.month, p]));
  return months.map((month) => byMonth.get(month) ?? { month, value: null, numerator: null, denominator: null });
}

/** The last day a child may have been submitted on and still wait less than four months on `day` ("2026-06-30" -> "2026-02-28"). */
export function longWaitCutoff(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const first = addMonths(`${year}-${String(month).padStart(2, "0")}`, -LONG_WAIT_MONTHS);
  // PostgreSQL's date - interval '4 months' clamps to the month's last day; so does this.
  const lastDay = new Date(Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)), 0)).getUTCDate();
  return `${first}-${String(Math.min(date, lastDay)).padStart(2, "0")}`;
}

/** A child submitted on `submittedOn` has waited more than four months on `day`. */
export const waitsTooLong = (submittedOn: string, day: string) => submittedOn < longWaitCutoff(day);

export interface ProviderLongWait {
  providerId: string | null;
  waiting: number;
  overFourMonths: number;
}

/** A provider with a child waiting over four months is asked for a recovery plan (herstelplan). */
export const needsRecoveryPlan = (row: ProviderLongWait) => row.overFourMonths > 0;

/** The KPIs whose number leads to the rows behind it (the requests waiting, the offers declined). */
export const DRILLABLE_KPIS = ["waiting_list", "long_wait", "declines"] as const satisfies readonly KpiKey[];
export type DrillableKpi = (typeof DRILLABLE_KPIS)[number];

export const isDrillable = (kpi: string): kpi is DrillableKpi => (DRILLABLE_KPIS as readonly string[]).includes(kpi);

/** A drill-down's filter must be one the KPI is split by; a reason only for declines. */
export function assertDrillFilter(kpi: DrillableKpi, filter: DashboardFilter & { breakdown?: string }): void {
  const split = seriesSplit(KPI_DEFINITIONS[kpi], filter);
  if ("missing" in split) throw new AppError("BAD_INPUT", { nl: split.missing, en: "This KPI is not split this way." });
  if (filter.breakdown !== undefined && !KPI_DEFINITIONS[kpi].breakdown?.codes?.includes(filter.breakdown))
    throw new AppError("BAD_INPUT", {
      nl: "Deze uitsplitsing bestaat niet voor dit kengetal.",
      en: "This breakdown does not exist for this KPI.",
    });
}
