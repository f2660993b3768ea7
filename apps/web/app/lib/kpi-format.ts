import type { KpiUnit } from "@jeugdregie/domain";

// Formatters built once (see format.ts).
const PERCENT = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 });
const NUMBER = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const MONTH = new Intl.DateTimeFormat("nl-NL", { month: "short", year: "numeric", timeZone: "UTC" });
const MONTH_LONG = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-10" as "okt 2026" (axis, table) or "oktober 2026" (headings). */
export const monthLabel = (month: string, long = false) =>
  (long ? MONTH_LONG : MONTH).format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15)));

/** A KPI value as people read it; an empty month reads "geen gegevens", never 0. */
export function kpiValue(unit: KpiUnit, value: number | null): string {
  if (value === null) return "geen gegevens";
  if (unit === "share") return PERCENT.format(value);
  if (unit === "days") return `${NUMBER.format(value)} dagen`;
  return NUMBER.format(value);
}
