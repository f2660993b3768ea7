import { z } from "zod";
import {
  AppError,
  AREA_TYPES,
  isIsoDate,
  isOpenMetric,
  OPEN_CARE_TYPES,
  OPEN_METRICS,
  type AreaType,
  type OpenMetric,
} from "@jeugdregie/domain";

/**
 * The open API's query parameters, validated at the edge: a parameter it does not know, a metric
 * or area type that does not exist, a date that is not one, or a range that ends before it starts
 * is a 400 with a message that says what to send instead (Dutch first, English beside it).
 */
const bad = (nl: string, en: string) => new AppError("BAD_INPUT", { nl, en });

export type Format = "json" | "csv";

const format = z.enum(["json", "csv"]).optional();
const date = z.string().optional();
const text = z.string().max(100).optional();

const SCHEMAS = {
  releases: z.object({ from: date, to: date, format }).strict(),
  release: z.object({ format }).strict(),
  figures: z.object({ areaType: text, area: text, metric: text, careType: text, format }).strict(),
  flows: z.object({ fromRegion: text, toRegion: text, format }).strict(),
  series: z.object({ metric: text, areaType: text, area: text, careType: text, from: date, to: date, format }).strict(),
  plain: z.object({}).strict(),
};
export type QueryKind = keyof typeof SCHEMAS;

function parse<K extends QueryKind>(kind: K, url: URL): z.output<(typeof SCHEMAS)[K]> {
  const params: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key in params) throw bad(`De parameter "${key}" staat er twee keer in.`, `The parameter "${key}" is given twice.`);
    params[key] = value;
  }
  const parsed = SCHEMAS[kind].safeParse(params);
  if (parsed.success) return parsed.data as z.output<(typeof SCHEMAS)[K]>;
  const issue = parsed.error.issues[0]!;
  if (issue.code === "unrecognized_keys")
    throw bad(`Onbekende parameter: ${issue.keys.join(", ")}.`, `Unknown parameter: ${issue.keys.join(", ")}.`);
  const field = issue.path.join(".");
  if (field === "format")
    throw bad(
      `Formaat "${params.format}" bestaat niet: kies json of csv.`,
      `Format "${params.format}" does not exist: choose json or csv.`,
    );
  throw bad(`De parameter "${field}" is ongeldig.`, `The parameter "${field}" is invalid.`);
}

/** JSON unless asked for CSV: `?format=csv`, or an Accept header that prefers text/csv. */
export function formatOf(request: Request, asked: Format | undefined): Format {
  if (asked) return asked;
  const accept = request.headers.get("accept") ?? "";
  const csv = accept.search(/text\/csv/i);
  const json = accept.search(/application\/json/i);
  return csv >= 0 && (json < 0 || csv < json) ? "csv" : "json";
}

function checkDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw bad(
    `"${value}" is geen datum (${name}): schrijf jjjj-mm-dd, bijvoorbeeld 2026-11-23.`,
    `"${value}" is not a date (${name}): write yyyy-mm-dd, for example 2026-11-23.`,
  );
}

function checkRange(from: string | undefined, to: string | undefined) {
  checkDate("from", from);
  checkDate("to", to);
  if (from && to && to < from)
    throw bad(`De periode eindigt (${to}) vóór ze begint (${from}).`, `The date range ends (${to}) before it starts (${from}).`);
  return { from, to };
}

export function checkMetric(value: string | undefined): OpenMetric | undefined {
  if (value === undefined || isOpenMetric(value)) return value;
  throw bad(
    `Onbekende maat "${value}". Bestaande maten: ${OPEN_METRICS.join(", ")}.`,
    `Unknown metric "${value}". Metrics: ${OPEN_METRICS.join(", ")}.`,
  );
}

export function checkAreaType(value: string | undefined): AreaType | undefined {
  if (value === undefined || (AREA_TYPES as readonly string[]).includes(value)) return value as AreaType | undefined;
  throw bad(
    `Onbekend gebiedstype "${value}": kies national, supra of region.`,
    `Unknown area type "${value}": choose national, supra or region.`,
  );
}

function checkCareType(value: string | undefined): string | undefined {
  if (value === undefined || (OPEN_CARE_TYPES as readonly string[]).includes(value)) return value;
  throw bad(
    `Onbekende zorgvorm "${value}". Bestaande: ${OPEN_CARE_TYPES.join(", ")}.`,
    `Unknown care type "${value}". Care types: ${OPEN_CARE_TYPES.join(", ")}.`,
  );
}

/** The release in the path: a date, or "latest". */
export function releaseParam(value: string): string | "latest" {
  if (value === "latest") return value;
  return checkDate("release", value)!;
}

export const releasesQuery = (url: URL) => {
  const q = parse("releases", url);
  return { ...checkRange(q.from, q.to), format: q.format };
};

export const figuresQuery = (url: URL) => {
  const q = parse("figures", url);
  return {
    areaType: checkAreaType(q.areaType),
    area: q.area,
    metric: checkMetric(q.metric),
    careType: checkCareType(q.careType),
    format: q.format,
  };
};

export const flowsQuery = (url: URL) => parse("flows", url);
export const releaseQuery = (url: URL) => parse("release", url);
export const plainQuery = (url: URL) => parse("plain", url);

export const seriesQuery = (url: URL) => {
  const q = parse("series", url);
  if (!q.metric || !q.areaType)
    throw bad(
      "Een reeks vraagt om een maat (metric) en een gebiedstype (areaType).",
      "A series needs a metric and an area type (areaType).",
    );
  return {
    ...checkRange(q.from, q.to),
    metric: checkMetric(q.metric)!,
    areaType: checkAreaType(q.areaType)!,
    area: q.area,
    careType: checkCareType(q.careType),
    format: q.format,
  };
};
