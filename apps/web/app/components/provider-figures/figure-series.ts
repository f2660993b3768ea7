import { addMonths, monthCount } from "@jeugdregie/domain";
import type { ChartPoint, ChartSeries } from "../KpiChart.tsx";

/** The shape of one region-month as provider.figures answers it (the fields the page charts). */
export interface FigureRow {
  regionId: string;
  regionName: string;
  month: string;
  occupancy: number | null;
  occupiedDays: number;
  capacityDays: number;
  offersReceived: number;
  accepted: number;
  declined: number;
  declinesByReason: Record<string, number>;
  responseHoursMedian: number | null;
  placementsStarted: number;
  placementsEnded: number;
  pxqCents: number;
  pxqDays: number;
  unpricedDays: number;
}

export const monthsBetween = (from: string, to: string) => Array.from({ length: monthCount(from, to) }, (_, i) => addMonths(from, i));

const point = (month: string, value: number | null, numerator: number | null = null, denominator: number | null = null): ChartPoint => ({
  month,
  value,
  numerator,
  denominator,
});

/** One series per region over the months; a month the page does not hold is a gap, not 0. */
export function seriesPerRegion(
  rows: readonly FigureRow[],
  months: readonly string[],
  pick: (row: FigureRow) => { value: number | null; numerator?: number | null; denominator?: number | null },
): ChartSeries[] {
  const regions = [...new Map(rows.map((r) => [r.regionId, r.regionName])).entries()];
  return regions.map(([regionId, name]) => ({
    name,
    points: months.map((month) => {
      const row = rows.find((r) => r.regionId === regionId && r.month === month);
      if (!row) return point(month, null);
      const v = pick(row);
      return point(month, v.value, v.numerator ?? null, v.denominator ?? null);
    }),
  }));
}

/** Declines per coded reason over all regions of the page, one series per reason. */
export function declinesPerReason(
  rows: readonly FigureRow[],
  months: readonly string[],
  reasons: readonly string[],
  label: (code: string) => string,
) {
  return reasons.map((reason) => ({
    name: label(reason),
    points: months.map((month) => {
      const inMonth = rows.filter((r) => r.month === month);
      return point(month, inMonth.length === 0 ? null : inMonth.reduce((sum, r) => sum + (r.declinesByReason[reason] ?? 0), 0));
    }),
  }));
}
