import { AppError } from "../errors.ts";

/** A KPI month, "2026-10": the Dutch calendar month (Europe/Amsterdam), as dashboards and reports name it. */
export const KPI_MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The platform's months are Dutch: a month starts at midnight in Amsterdam. */
export const KPI_TIME_ZONE = "Europe/Amsterdam";

/** Today's date in Amsterdam, "2026-11-26". */
export const dutchToday = (now: Date) => now.toLocaleDateString("sv-SE", { timeZone: KPI_TIME_ZONE });

export const monthOf = (now: Date) => dutchToday(now).slice(0, 7);

/** "2026-12" + 1 = "2027-01". */
export function addMonths(month: string, count: number): string {
  const match = KPI_MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Months from `from` to `to`, both included (0 when `to` is before `from`). */
export function monthCount(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return Math.max(0, index(to) - index(from) + 1);
}

export interface KpiPeriod {
  month: string;
  /** The first day of the month and of the next, as dates ("2026-10-01", "2026-11-01"). */
  firstDay: string;
  nextFirstDay: string;
}

/**
 * The period of a month whose KPIs may be computed: this month (counted up to now) or an earlier
 * one. A month in the future has no figures yet: refused, with what to ask instead.
 */
export function kpiPeriod(month: string, now: Date): KpiPeriod {
  if (!KPI_MONTH_PATTERN.test(month))
    throw new AppError("BAD_INPUT", {
      nl: `"${month}" is geen maand: schrijf jaar en maand als 2026-10.`,
      en: `"${month}" is not a month: write year and month as 2026-10.`,
    });
  const current = monthOf(now);
  if (month > current)
    throw new AppError("BAD_INPUT", {
      nl: `Kengetallen over ${month} bestaan nog niet: die maand is nog niet begonnen. Kies ${current} of een eerdere maand.`,
      en: `There are no figures for ${month} yet: that month has not started. Choose ${current} or an earlier month.`,
    });
  return { month, firstDay: `${month}-01`, nextFirstDay: `${addMonths(month, 1)}-01` };
}

/** The month the monthly job computes: the last complete one. */
export const previousMonth = (now: Date) => addMonths(monthOf(now), -1);
