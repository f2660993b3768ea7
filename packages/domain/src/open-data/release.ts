import { publish, type PublishedTable } from "../disclosure/publish.ts";
import { publishDifference, publishRate } from "../disclosure/rates.ts";
import { publishedMark, suppressed, value, type Published } from "../disclosure/published.ts";
import { ROUNDING_BASE, SMALL_COUNT_THRESHOLD } from "../disclosure/rules.ts";
import { areaTable, cellKey, flowTable, type DisclosureTable, type RegionCount, type RegionFlow } from "../disclosure/table.ts";
import { median, p90 } from "../kpi/statistics.ts";
import {
  NATIONAL_AREA,
  NO_DATA_MARK,
  NO_SUPRA_AREA,
  NOT_RECORDED_MARK,
  type AreaType,
  type OpenArea,
  type OpenFigure,
  type OpenFlow,
  type OpenReleaseDocument,
} from "./document.ts";
import {
  CLOSED_CARE_TYPE,
  OPEN_CARE_TYPES,
  OPEN_DEFINITIONS_VERSION,
  OPEN_METRIC_DEFINITIONS,
  OPEN_METRICS,
  RECORDED_METRICS,
  SUPRA_ONLY_METRICS,
  type OpenMetric,
} from "./metrics.ts";

/** A region as the database knows it, with its supra area (null: in none) and whether it has data yet. */
export interface ReleaseRegion {
  code: string;
  name: string;
  supraCode: string | null;
  supraName: string | null;
  hasData: boolean;
}

/** One raw count of the database (app.open_release_measures): per region, care type or region pair. */
export interface ReleaseMeasure {
  measure: string;
  regionCode: string;
  otherRegionCode: string | null;
  careType: string | null;
  value: number;
  samples: number[] | null;
}

/** The phase-out plans of one supra area (by its code) summed for the release's year: closed places planned. */
export interface ReleasePhaseOutPlan {
  supraCode: string;
  places: number;
}

/** What a release keeps to itself for the next one: the true count cells and what they showed. Never published. */
export interface ReleaseTruth {
  cells: Record<string, number>;
  published: PublishedTable;
}

export interface BuildReleaseInput {
  asOf: string;
  regions: ReleaseRegion[];
  measures: ReleaseMeasure[];
  /** Supra areas with a phase-out plan for the release's year; an area not listed has recorded none. */
  phaseOutPlans?: ReleasePhaseOutPlan[] | undefined;
  previous?: { asOf: string; truth: ReleaseTruth } | undefined;
}

const FLOW_SERIES = "out_of_region";
const PLANNED_SERIES = "closed_places_planned";

/** A count series: a metric, per care type where it is split. The name is the cells' metric. */
const seriesName = (metric: OpenMetric, careType: string | null) => (careType ? `${metric}.${careType}` : metric);

function countSeries(): { metric: OpenMetric; careType: string | null }[] {
  const careTypes = (metric: OpenMetric): (string | null)[] =>
    OPEN_METRIC_DEFINITIONS[metric].perCareType ? [...OPEN_CARE_TYPES] : [null];
  // Planned closed places are one table over supra areas (phaseOutTable), not summed from regions.
  return OPEN_METRICS.filter((m) => OPEN_METRIC_DEFINITIONS[m].kind === "count" && m !== PLANNED_SERIES).flatMap((metric) =>
    careTypes(metric).map((careType) => ({ metric, careType })),
  );
}

function areaKey(metric: string, type: AreaType, code: string): string {
  if (type === "national") return cellKey.national(metric);
  return type === "supra" ? cellKey.supraArea(metric, code) : cellKey.region(metric, code);
}

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The areas of the release: the country, its supra areas (landsdelen) and every region, data or not. */
function releaseAreas(regions: ReleaseRegion[]): OpenArea[] {
  const supra = new Map<string, string>();
  for (const r of regions) supra.set(r.supraCode ?? NO_SUPRA_AREA.code, r.supraName ?? NO_SUPRA_AREA.name);
  const supraAreas = [...supra].map(([code, name]) => ({ code, name })).sort(byCode);
  return [
    { areaType: "national", code: NATIONAL_AREA.code, name: NATIONAL_AREA.name, supraArea: null, hasData: regions.some((r) => r.hasData) },
    ...supraAreas.map((s): OpenArea => ({
      areaType: "supra",
      code: s.code,
      name: s.name,
      supraArea: null,
      hasData: regions.some((r) => r.hasData && (r.supraCode ?? NO_SUPRA_AREA.code) === s.code),
    })),
    ...[...regions].sort(byCode).map((r): OpenArea => ({
      areaType: "region",
      code: r.code,
      name: r.name,
      supraArea: r.supraCode ?? NO_SUPRA_AREA.code,
      hasData: r.hasData,
    })),
  ];
}

/** Every count series through the disclosure module, against the previous release's truth. */
function publishCounts(input: BuildReleaseInput, areas: OpenArea[]) {
  const withData = areas.filter((a) => a.areaType === "region" && a.hasData);
  const measured = new Map<string, number>();
  for (const m of input.measures) {
    const key =
      m.measure === "flow"
        ? `flow/${m.regionCode}/${m.otherRegionCode}`
        : `${seriesName(m.measure as OpenMetric, m.careType)}/${m.regionCode}`;
    measured.set(key, (measured.get(key) ?? 0) + m.value);
  }
  const previous = input.previous && {
    table: { cells: input.previous.truth.cells, relations: [] } satisfies DisclosureTable,
    published: input.previous.truth.published,
  };
  const truth: ReleaseTruth = { cells: {}, published: {} };
  if (withData.length === 0) return truth;
  for (const { metric, careType } of countSeries()) {
    const series = seriesName(metric, careType);
    const counts: RegionCount[] = withData.map((r) => ({
      regionId: r.code,
      supraAreaId: r.supraArea!,
      count: measured.get(`${series}/${r.code}`) ?? 0,
    }));
    let table: DisclosureTable;
    if (series === FLOW_SERIES) {
      const flows: RegionFlow[] = withData.flatMap((from) =>
        withData
          .filter((to) => to.code !== from.code)
          .map((to) => ({ fromRegionId: from.code, toRegionId: to.code, count: measured.get(`flow/${from.code}/${to.code}`) ?? 0 })),
      );
      table = flowTable(series, counts, flows);
    } else table = areaTable(series, counts);
    Object.assign(truth.cells, table.cells);
    Object.assign(truth.published, publish(table, previous));
  }
  const plans = phaseOutTable(input, areas);
  Object.assign(truth.cells, plans.cells);
  Object.assign(truth.published, publish(plans, previous));
  return truth;
}

/**
 * Planned closed places per supra area with a plan, and their national total: places count as
 * children (a plan can be one small location's), so the same rule and secondary suppression hold.
 */
function phaseOutTable(input: BuildReleaseInput, areas: OpenArea[]): DisclosureTable {
  const withData = new Set(areas.filter((a) => a.areaType === "supra" && a.hasData).map((a) => a.code));
  const planned = new Map<string, number>();
  for (const p of input.phaseOutPlans ?? [])
    if (withData.has(p.supraCode)) planned.set(p.supraCode, (planned.get(p.supraCode) ?? 0) + p.places);
  if (planned.size === 0) return { cells: {}, relations: [] };
  const codes = [...planned.keys()].sort();
  const cells: Record<string, number> = {};
  for (const code of codes) cells[cellKey.supraArea(PLANNED_SERIES, code)] = planned.get(code)!;
  cells[cellKey.national(PLANNED_SERIES)] = codes.reduce((sum, code) => sum + planned.get(code)!, 0);
  return {
    cells,
    relations: [{ total: cellKey.national(PLANNED_SERIES), parts: codes.map((code) => cellKey.supraArea(PLANNED_SERIES, code)) }],
  };
}

/** Which areas record a figure that not every region records: a region with a measure row, an area with such a member. */
function recordedAreas(input: BuildReleaseInput, areas: OpenArea[]): (metric: OpenMetric, area: OpenArea) => boolean {
  const recorded = new Set(
    input.measures.filter((m) => RECORDED_METRICS.has(m.measure as OpenMetric)).map((m) => `${m.measure}/${m.regionCode}`),
  );
  const regions = areas.filter((a) => a.areaType === "region" && a.hasData);
  const plans = new Set((input.phaseOutPlans ?? []).map((p) => p.supraCode));
  return (metric, area) => {
    if (metric === PLANNED_SERIES)
      return area.areaType === "national" ? regions.some((r) => plans.has(r.supraArea!)) : plans.has(area.code);
    return regions.some(
      (r) =>
        recorded.has(`${metric}/${r.code}`) &&
        (area.areaType === "national" || (area.areaType === "supra" ? r.supraArea === area.code : r.code === area.code)),
    );
  };
}

function figure(area: OpenArea, metric: OpenMetric, careType: string | null, published: Published | "not-recorded" | null): OpenFigure {
  const base = { areaType: area.areaType, area: area.code, metric, careType };
  if (published === null) return { ...base, status: "no-data", value: null, mark: NO_DATA_MARK };
  if (published === "not-recorded") return { ...base, status: "not-recorded", value: null, mark: NOT_RECORDED_MARK };
  if (published.kind === "suppressed") return { ...base, status: "suppressed", value: null, mark: publishedMark(published) };
  return { ...base, status: "published", value: published.value, mark: null };
}

const roundShare = (p: Published): Published => (p.kind === "value" ? value(Math.round(p.value * 1000) / 1000) : p);

/** The waiting-days statistic of an area: only where its waiting list itself is shown (10 or more). */
function waitingDays(list: Published, samples: number[], statistic: (s: number[]) => number | null): Published {
  if (list.kind === "suppressed") return suppressed("part-suppressed");
  const result = statistic(samples);
  if (list.value === 0 || result === null) return suppressed("no-base");
  return value(Math.round(result));
}

/** Every figure of every area, counts from the disclosure module and the rest derived from what it published. */
function releaseFigures(input: BuildReleaseInput, areas: OpenArea[], truth: ReleaseTruth): OpenFigure[] {
  const regions = areas.filter((a) => a.areaType === "region");
  const samplesOf = new Map(input.measures.filter((m) => m.measure === "waiting_list").map((m) => [m.regionCode, m.samples ?? []]));
  const isRecorded = recordedAreas(input, areas);
  const figures: OpenFigure[] = [];
  for (const area of areas) {
    const members = regions.filter(
      (r) => r.hasData && (area.areaType === "national" || (area.areaType === "supra" ? r.supraArea === area.code : r.code === area.code)),
    );
    const count = (series: string): Published => truth.published[areaKey(series, area.areaType, area.code)]!;
    const samples = members.flatMap((r) => samplesOf.get(r.code) ?? []);
    for (const metric of OPEN_METRICS) {
      if (area.areaType === "region" && SUPRA_ONLY_METRICS.has(metric)) continue;
      const definition = OPEN_METRIC_DEFINITIONS[metric];
      for (const careType of definition.perCareType ? [...OPEN_CARE_TYPES] : [null]) {
        if (!area.hasData) {
          figures.push(figure(area, metric, careType, null));
          continue;
        }
        const of = (m: OpenMetric) => count(seriesName(m, careType));
        const derived: Record<string, () => Published> = {
          free: () => publishDifference(of("places"), of("occupied")),
          occupancy: () => roundShare(publishRate(of("occupied"), of("places"))),
          out_of_region_share: () => roundShare(publishRate(of("out_of_region"), of("placed"))),
          replacement_rate: () => roundShare(publishRate(of("replacements"), of("ended"))),
          waiting_days_median: () => waitingDays(of("waiting_list"), samples, median),
          waiting_days_p90: () => waitingDays(of("waiting_list"), samples, p90),
          closed_places_over_plan: () => publishDifference(count(seriesName("places", CLOSED_CARE_TYPE)), of(PLANNED_SERIES)),
        };
        const needs = metric === "closed_places_over_plan" ? PLANNED_SERIES : metric;
        if (RECORDED_METRICS.has(needs) && !isRecorded(needs, area)) figures.push(figure(area, metric, careType, "not-recorded"));
        else figures.push(figure(area, metric, careType, definition.kind === "count" ? of(metric) : derived[metric]!()));
      }
    }
  }
  return figures;
}

function releaseFlows(areas: OpenArea[], truth: ReleaseTruth): OpenFlow[] {
  const regions = areas.filter((a) => a.areaType === "region" && a.hasData);
  return regions.flatMap((from) =>
    regions
      .filter((to) => to.code !== from.code)
      .map((to): OpenFlow => {
        const published = truth.published[cellKey.flow(FLOW_SERIES, from.code, to.code)]!;
        return published.kind === "value"
          ? { fromRegion: from.code, toRegion: to.code, status: "published", value: published.value, mark: null }
          : { fromRegion: from.code, toRegion: to.code, status: "suppressed", value: null, mark: publishedMark(published) };
      }),
  );
}

/**
 * One weekly release, pure: the raw counts of every region through the disclosure module (small
 * counts "<10", the rest rounded to 5, secondary suppression over regions, supra areas, the country
 * and the flow matrix, consistent with the previous release), then rates and differences from the
 * published parts only. Everything is in a fixed order, so the same input gives the same document.
 */
export function buildOpenRelease(input: BuildReleaseInput): { document: OpenReleaseDocument; truth: ReleaseTruth } {
  const areas = releaseAreas(input.regions);
  const truth = publishCounts(input, areas);
  const document: OpenReleaseDocument = {
    asOf: input.asOf,
    definitionsVersion: OPEN_DEFINITIONS_VERSION,
    provenance: {
      source: "Jeugdregie: de registraties van de centrale plaatsingspunten van de regio's (aanmeldingen, plaatsingen, locaties)",
      method: "Per week op de peildatum berekend uit de gegevens van alle regio's, opgeteld per landsdeel en landelijk, en bevroren.",
      disclosureControl: "docs/disclosure-control.md",
      smallCountThreshold: SMALL_COUNT_THRESHOLD,
      roundingBase: ROUNDING_BASE,
      regions: input.regions.length,
      regionsWithData: input.regions.filter((r) => r.hasData).length,
      previousRelease: input.previous?.asOf ?? null,
    },
    definitions: OPEN_METRICS.map((m) => OPEN_METRIC_DEFINITIONS[m]),
    areas,
    figures: releaseFigures(input, areas, truth),
    flows: releaseFlows(areas, truth),
  };
  return { document, truth };
}
