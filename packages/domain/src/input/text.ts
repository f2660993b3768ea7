/**
 * What free text and dates typed by people may contain. Control characters (NUL and the like) and
 * unpaired surrogates are never meant; PostgreSQL refuses NUL outright. Tabs and line breaks are
 * ordinary text.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(value: string): boolean {
  return CONTROL.test(value);
}

/** The first string anywhere in a value (object, array) with forbidden characters, and where it sits. */
export function findForbiddenText(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === "string") return hasForbiddenCharacters(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findForbiddenText(item, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (hasForbiddenCharacters(key)) return [...path, key];
      const found = findForbiddenText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** A real day on the calendar written as YYYY-MM-DD (no 2026-13-40, no 2026-02-30), within years 1900..2200. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A period that does not end before it starts (dates as YYYY-MM-DD compare as text). */
export function isOrderedPeriod(start: string, end: string | null | undefined): boolean {
  return end === null || end === undefined || end === "" || end >= start;
}
