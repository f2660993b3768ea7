/**
 * Calendar days as ISO dates (`2026-03-01`), counted in UTC so daylight saving never shifts a day.
 * A period is inclusive at both ends, like a contract (`starts_on` .. `ends_on`).
 */
export interface DatePeriod {
  startsOn: string;
  endsOn: string;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function dayNumber(iso: string): number {
  if (!ISO_DATE.test(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${iso}`);
  return ms / DAY_MS;
}

export const isoFromDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The calendar year as a period: 1 January to 31 December. */
export const yearPeriod = (year: number): DatePeriod => ({ startsOn: `${year}-01-01`, endsOn: `${year}-12-31` });

/** Days in a period, both ends included (a leap year has 366). */
export const daysInPeriod = (period: DatePeriod) => Math.max(0, dayNumber(period.endsOn) - dayNumber(period.startsOn) + 1);

/** The overlap of two periods, or null when they do not meet. */
export function intersectPeriods(a: DatePeriod, b: DatePeriod): DatePeriod | null {
  const startsOn = a.startsOn > b.startsOn ? a.startsOn : b.startsOn;
  const endsOn = a.endsOn < b.endsOn ? a.endsOn : b.endsOn;
  return startsOn <= endsOn ? { startsOn, endsOn } : null;
}

/**
 * The etmalen (days of stay) of one placement inside a period. A placement is paid from its first
 * day (`startsOn`) up to, not including, the day it ended (`endedOn`, the day the child left), the
 * usual counting of residential days in iJw invoicing: a stay from 1 to 3 March is two etmalen. A
 * running placement (no `endedOn`) counts through the period's last day, but never past `asOf`
 * (today): days that have not happened are not paid.
 */
export function stayDaysInPeriod(stay: { startsOn: string; endedOn: string | null }, period: DatePeriod, asOf?: string): number {
  const first = Math.max(dayNumber(stay.startsOn), dayNumber(period.startsOn));
  // Exclusive ends: the day after the period (or after today), the day the placement ended.
  let end = dayNumber(period.endsOn) + 1;
  if (asOf) end = Math.min(end, dayNumber(asOf) + 1);
  if (stay.endedOn) end = Math.min(end, dayNumber(stay.endedOn));
  return Math.max(0, end - first);
}
