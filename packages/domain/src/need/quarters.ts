import { AppError } from "../errors.ts";
import { addMonths, dutchToday } from "../kpi/months.ts";

/** A report quarter as Dutch reports write it: "2026-K3" (kwartaal 3 of 2026). */
export const QUARTER_PATTERN = /^(\d{4})-K([1-4])$/;

export interface ReportQuarter {
  quarter: string;
  /** "K3 2026": how the page and the PDF title it. */
  label: string;
  year: number;
  /** Its three months, "2026-07" .. "2026-09". */
  months: [string, string, string];
  /** The first day of the quarter and of the next ("2026-07-01", "2026-10-01"). */
  firstDay: string;
  nextFirstDay: string;
  /** The day after the last day counted: the quarter's end, or tomorrow for the running quarter. */
  countedUntil: string;
}

/** The quarter a date falls in, "2026-K4". */
export function quarterOf(now: Date): string {
  const today = dutchToday(now);
  return `${today.slice(0, 4)}-K${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
}

/** "2026-K1" - 1 = "2025-K4". */
export function addQuarters(quarter: string, count: number): string {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new RangeError(`not a quarter: ${quarter}`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + count;
  return `${Math.floor(index / 4)}-K${(index % 4) + 1}`;
}

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The quarter a report may be made of: the running quarter (counted up to today) or an earlier one.
 * A malformed quarter or one that has not begun is refused with what to ask instead.
 */
export function reportQuarter(quarter: string, now: Date): ReportQuarter {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match)
    throw new AppError("BAD_INPUT", {
      nl: `"${quarter.slice(0, 20)}" is geen kwartaal: schrijf jaar en kwartaal als 2026-K3.`,
      en: `"${quarter.slice(0, 20)}" is not a quarter: write year and quarter as 2026-K3.`,
    });
  const current = quarterOf(now);
  const year = Number(match[1]);
  const q = Number(match[2]);
  if (year * 4 + q > Number(current.slice(0, 4)) * 4 + Number(current.slice(6)))
    throw new AppError("BAD_INPUT", {
      nl: `Over ${quarter} is nog niets te rapporteren: dat kwartaal is nog niet begonnen. Kies ${current} of een eerder kwartaal.`,
      en: `There is nothing to report for ${quarter} yet: that quarter has not started. Choose ${current} or an earlier quarter.`,
    });
  const first = `${year}-${String((q - 1) * 3 + 1).padStart(2, "0")}`;
  const months: [string, string, string] = [first, addMonths(first, 1), addMonths(first, 2)];
  const nextFirstDay = `${addMonths(first, 3)}-01`;
  const tomorrow = nextDay(dutchToday(now));
  return {
    quarter,
    label: `K${q} ${year}`,
    year,
    months,
    firstDay: `${first}-01`,
    nextFirstDay,
    countedUntil: tomorrow < nextFirstDay ? tomorrow : nextFirstDay,
  };
}
