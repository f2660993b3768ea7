import { codeLabel } from "../labels.ts";
import { KPI_DEFINITIONS, KPI_KEYS, type KpiKey, type KpiUnit } from "../kpi/definitions.ts";
import { DECLINE_REASONS } from "../placement/offers.ts";
import type { PlacesProjection, ProjectionWindows } from "./projection.ts";
import type { ReportQuarter } from "./quarters.ts";
import { DECLINE_REASON_SHORT, expertiseLabel, SUPPLY_VERDICT_LABELS, type NeedSupplyRow } from "./supply.ts";

/**
 * The quarterly report "Samen Sturen" (issue 13 part 3; seeds/003 "Monitoring en Sturing"): one
 * region, one quarter, its KPIs month by month, real need against supply, and money. The page, the
 * PDF and the CSVs all show these same tables, built here once.
 */
export interface ReportKpi {
  key: KpiKey;
  label: string;
  definition: string;
  unit: KpiUnit;
  /** One per month of the quarter; null: no figures for that month. */
  values: (number | null)[];
}

export interface ReportSettlement {
  providerName: string;
  periodStart: string;
  periodEnd: string;
  guaranteeCents: number;
  placementDays: number;
  pxqCents: number;
  countedCents: number;
  settlementCents: number;
  status: string;
}

export interface NeedAndSupply {
  rows: NeedSupplyRow[];
  projection: { windows: ProjectionWindows; items: PlacesProjection[] };
}

export interface QuarterReport extends NeedAndSupply {
  region: { name: string; code: string };
  quarter: ReportQuarter;
  kpis: ReportKpi[];
  /** The guarantee settlements of the quarter's year; null for a reader who may not see money (coordinators). */
  money: { year: number; settlements: ReportSettlement[] } | null;
}

/** Every KPI with its region-wide value per month of the quarter (null where nothing was stored). */
export function reportKpis(values: readonly { kpi: string; month: string; value: number }[], months: readonly string[]): ReportKpi[] {
  const byKey = new Map(values.map((v) => [`${v.kpi}|${v.month}`, v.value]));
  return KPI_KEYS.map((key) => {
    const { label, definition, unit } = KPI_DEFINITIONS[key];
    return { key, label, definition, unit, values: months.map((m) => byKey.get(`${key}|${m}`) ?? null) };
  });
}

export const REPORT_TABLES = ["kengetallen", "behoefte", "prognose", "afrekeningen"] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export const REPORT_TABLE_TITLES: Record<ReportTable, string> = {
  kengetallen: "Kengetallen per maand",
  behoefte: "Behoefte tegenover aanbod",
  prognose: "Prognose plekken volgend jaar",
  afrekeningen: "Garantieafrekeningen",
};

const MONTH_NAMES = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
/** "2026-07" -> "jul 2026". */
export const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

const decimal = (n: number, digits: number) => n.toFixed(digits).replace(".", ",");
const UNIT_WORDS: Record<KpiUnit, string> = { share: "%", days: "dagen", count: "aantal" };

/** A KPI value as a cell: a share as a percentage with one decimal, days and counts as they are; "" when there is none. */
export function kpiCell(unit: KpiUnit, value: number | null): string {
  if (value === null) return "";
  if (unit === "share") return decimal(value * 100, 1);
  return Number.isInteger(value) ? String(value) : decimal(value, 1);
}

const cents = (n: number) => decimal(n / 100, 2);

/**
 * One table of the report as rows of text, header first: what a CSV holds and what the PDF prints.
 * Numbers with a decimal comma and without thousands separators (as the platform's CSV imports read
 * them). Null for the money table of a reader who may not see it.
 */
export function reportTable(report: QuarterReport, table: ReportTable): string[][] | null {
  switch (table) {
    case "kengetallen":
      return [
        ["kengetal", "eenheid", ...report.quarter.months.map(monthLabel)],
        ...report.kpis.map((k) => [k.label, UNIT_WORDS[k.unit], ...k.values.map((v) => kpiCell(k.unit, v))]),
      ];
    case "behoefte":
      return [
        [
          "zorgvorm",
          "expertise",
          "nodig",
          "geplaatst",
          "passend",
          "niet passend",
          "gewacht",
          "wacht nog",
          ...DECLINE_REASONS.map((r) => `afgewezen: ${DECLINE_REASON_SHORT[r]}`),
          "gecontracteerde plekken",
          "oordeel",
        ],
        ...report.rows.map((r) => [
          codeLabel("careType", r.careType),
          r.expertise === null ? "alle" : expertiseLabel(r.expertise),
          String(r.needed),
          String(r.placed),
          String(r.placedGoodFit),
          String(r.placedPoorFit),
          String(r.waited),
          String(r.waitingAtEnd),
          ...DECLINE_REASONS.map((reason) => String(r.declines[reason])),
          String(r.contractedPlaces),
          SUPPLY_VERDICT_LABELS[r.verdict].label,
        ]),
      ];
    case "prognose":
      return [
        [
          "zorgvorm",
          "gemiddelde vraag per dag",
          "vraag per dag jaar ervoor",
          "groei",
          "plekken nodig",
          "gecontracteerde plekken",
          "tekort",
          "over",
        ],
        ...report.projection.items.map((p) => [
          codeLabel("careType", p.careType),
          decimal(p.averageDemand, 1),
          decimal(p.previousAverageDemand, 1),
          decimal(p.growth, 2),
          String(p.placesNeeded),
          String(p.contractedPlaces),
          // Two columns, not a signed one: a cell starting with "-" is written as text (csvDocument defuses formulas).
          String(Math.max(0, p.gap)),
          String(Math.max(0, -p.gap)),
        ]),
      ];
    case "afrekeningen":
      if (!report.money) return null;
      return [
        ["aanbieder", "periode van", "periode tot en met", "garantiebedrag", "etmalen", "p x q", "meegeteld", "af te rekenen", "status"],
        ...report.money.settlements.map((s) => [
          s.providerName,
          s.periodStart,
          s.periodEnd,
          cents(s.guaranteeCents),
          String(s.placementDays),
          cents(s.pxqCents),
          cents(s.countedCents),
          cents(s.settlementCents),
          codeLabel("settlementStatus", s.status),
        ]),
      ];
  }
}
