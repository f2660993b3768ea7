import { AppError } from "../errors.ts";
import { dutchToday } from "../kpi/months.ts";

/** A release date: the Monday (Dutch calendar) whose 0:00 the release is as of, "2026-11-23". */
export const RELEASE_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const dayIndex = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const isoOf = (index: number) => new Date(index * 86_400_000).toISOString().slice(0, 10);

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return RELEASE_DATE_PATTERN.test(value) && isoOf(dayIndex(value)) === value;
}

/** The Monday of the Dutch week `now` falls in: the as-of date of the release that week publishes. */
export function releaseWeekOf(now: Date): string {
  const today = dayIndex(dutchToday(now));
  // 1970-01-01 was a Thursday: (index + 3) % 7 is 0 on Mondays.
  return isoOf(today - ((today + 3) % 7));
}

export const isMonday = (iso: string) => isIsoDate(iso) && (dayIndex(iso) + 3) % 7 === 0;

/**
 * The as-of date a release job may compute: a Monday that has begun (the week before it is
 * complete). A later date has no figures yet; refused with what to ask instead.
 */
export function releaseAsOf(asOf: string | undefined, now: Date): string {
  const current = releaseWeekOf(now);
  if (asOf === undefined) return current;
  if (!isMonday(asOf))
    throw new AppError("BAD_INPUT", {
      nl: `"${asOf}" is geen maandag: een publicatie heeft als peildatum de maandag van een week (bijvoorbeeld ${current}).`,
      en: `"${asOf}" is not a Monday: a release is as of the Monday of a week (for example ${current}).`,
    });
  if (asOf > current)
    throw new AppError("BAD_INPUT", {
      nl: `De week van ${asOf} is nog niet begonnen. Kies ${current} of een eerdere maandag.`,
      en: `The week of ${asOf} has not started yet. Choose ${current} or an earlier Monday.`,
    });
  return asOf;
}

/** The as-of dates of the last `count` weekly releases up to the current week, oldest first (a new platform's back-fill). */
export function lastReleaseWeeks(now: Date, count: number): string[] {
  const current = dayIndex(releaseWeekOf(now));
  return Array.from({ length: count }, (_, i) => isoOf(current - 7 * (count - 1 - i)));
}
