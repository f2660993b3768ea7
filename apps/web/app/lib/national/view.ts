import {
  NO_DATA_MARK,
  OPEN_CARE_TYPES,
  type AreaType,
  type OpenArea,
  type OpenFigure,
  type OpenFlow,
  type OpenMetric,
  type OpenMetricDefinition,
} from "@jeugdregie/domain";

/**
 * How the national overview reads the open API's answers: look figures up, show them as the
 * release published them (a value, "<10", "x" or "geen gegevens", never anything computed here
 * from hidden cells), sort and filter the region table. Pure, so the rules are unit tested.
 */
export type CareTypeCode = (typeof OPEN_CARE_TYPES)[number];
export const isOpenCareType = (value: string | null): value is CareTypeCode =>
  (OPEN_CARE_TYPES as readonly (string | null)[]).includes(value);

const key = (areaType: AreaType, area: string, metric: OpenMetric, careType: string | null) =>
  `${areaType}|${area}|${metric}|${careType ?? ""}`;

export type FigureLookup = (areaType: AreaType, area: string, metric: OpenMetric, careType?: string | null) => OpenFigure | undefined;

export function figureLookup(figures: OpenFigure[]): FigureLookup {
  const index = new Map(figures.map((f) => [key(f.areaType, f.area, f.metric, f.careType), f]));
  return (areaType, area, metric, careType = null) => index.get(key(areaType, area, metric, careType));
}

const COUNT = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const SHARE = new Intl.NumberFormat("nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A figure as the release published it; "–" where the release has no such figure at all. */
export function figureText(figure: Pick<OpenFigure, "status" | "value" | "mark"> | undefined, unit: OpenMetricDefinition["unit"]): string {
  if (!figure) return "–";
  if (figure.status === "no-data") return NO_DATA_MARK;
  if (figure.value === null) return figure.mark ?? "x";
  if (unit === "share") return SHARE.format(figure.value);
  if (unit === "days") return `${COUNT.format(figure.value)} ${figure.value === 1 ? "dag" : "dagen"}`;
  return COUNT.format(figure.value);
}

/** A published value, or null where the figure is hidden or missing (charts leave a gap there). */
export const figureValue = (figure: OpenFigure | OpenFlow | undefined): number | null =>
  figure?.status === "published" ? figure.value : null;

/** The columns of the region table: a metric, split by the chosen care type where the metric is. */
export const REGION_COLUMNS = [
  "places",
  "occupied",
  "free",
  "occupancy",
  "waiting_list",
  "waiting_days_median",
  "waiting_days_p90",
  "replacements",
  "crisis_over_cap",
  "out_of_region",
  "out_of_region_share",
] as const satisfies readonly OpenMetric[];
export type RegionColumn = (typeof REGION_COLUMNS)[number] | "name";
export const PER_CARE_TYPE: ReadonlySet<OpenMetric> = new Set(["places", "occupied", "free", "occupancy"]);

export const isRegionColumn = (value: string | null): value is RegionColumn =>
  value === "name" || (REGION_COLUMNS as readonly (string | null)[]).includes(value);

export interface RegionRow {
  code: string;
  name: string;
  supraArea: string | null;
  hasData: boolean;
  figures: Partial<Record<OpenMetric, OpenFigure>>;
}

/** One row per area, with the figures of the region table's columns (care-type figures of `careType`). */
export function areaRows(areas: OpenArea[], lookup: FigureLookup, careType: CareTypeCode): RegionRow[] {
  return areas.map((a) => ({
    code: a.code,
    name: a.name,
    supraArea: a.supraArea,
    hasData: a.hasData,
    figures: Object.fromEntries(
      REGION_COLUMNS.map((m) => [m, lookup(a.areaType, a.code, m, PER_CARE_TYPE.has(m) ? careType : null)]).filter(([, f]) => f),
    ),
  }));
}

/**
 * Sorted by a column: published values in order, then hidden figures ("<10" before "x"), then
 * regions without data, each group by name; so sorting never places a hidden cell by its size.
 */
export function sortRows(rows: RegionRow[], column: RegionColumn, direction: "op" | "af"): RegionRow[] {
  const byName = (a: RegionRow, b: RegionRow) => a.name.localeCompare(b.name, "nl");
  if (column === "name") return [...rows].sort((a, b) => (direction === "op" ? byName(a, b) : byName(b, a)));
  const rank = (f: OpenFigure | undefined) => (f?.status === "published" ? 0 : f?.status === "suppressed" ? (f.mark === "<10" ? 1 : 2) : 3);
  return [...rows].sort((a, b) => {
    const fa = a.figures[column];
    const fb = b.figures[column];
    const groups = rank(fa) - rank(fb);
    if (groups !== 0) return groups;
    if (rank(fa) === 0 && fa!.value !== fb!.value) return direction === "op" ? fa!.value! - fb!.value! : fb!.value! - fa!.value!;
    return byName(a, b);
  });
}

/**
 * The flow matrix: rows are the regions asked (those in the release's matrix, i.e. with data),
 * columns the same regions (a square over the area) plus every other region that receives
 * anything other than 0 from them.
 */
export function flowMatrix(flows: OpenFlow[], rowCodes: ReadonlySet<string>) {
  const shown = flows.filter((f) => rowCodes.has(f.fromRegion));
  const cells = new Map(shown.map((f) => [`${f.fromRegion}|${f.toRegion}`, f]));
  const rows = [...new Set(shown.map((f) => f.fromRegion))].sort();
  const receiving = shown.filter((f) => f.status !== "published" || f.value !== 0).map((f) => f.toRegion);
  const columns = [...new Set([...rows, ...receiving])].sort();
  const max = Math.max(0, ...shown.map((f) => figureValue(f) ?? 0));
  return { rows, columns, max, cell: (from: string, to: string) => cells.get(`${from}|${to}`) };
}

/** Heat of a flow cell, 0..4 (0: none), from its published value against the largest; hidden cells have their own look. */
export function heat(flow: OpenFlow | undefined, max: number): number {
  const value = figureValue(flow);
  if (value === null || value === 0 || max === 0) return 0;
  return Math.max(1, Math.ceil((value / max) * 4));
}
