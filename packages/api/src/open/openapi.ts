import { AREA_TYPES, NO_DATA_MARK, NOT_RECORDED_MARK, OPEN_CARE_TYPES, OPEN_METRICS } from "@jeugdregie/domain";

/**
 * The OpenAPI 3.1 description of the open API. Checked in as docs/openapi/open-v1.json (a unit
 * test fails when that file is stale) and served at /api/open/v1/openapi.json; an integration test
 * validates the live answers against it. Every object is closed (`additionalProperties: false`) and
 * every free string is a code with a pattern, an enum, or text the platform writes itself (area
 * names, definitions): no field can carry a child's BSN, name or birth date.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const closed = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: "object",
  additionalProperties: false,
  required,
  properties,
});
const DATE = { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };
const CODE = { type: "string", pattern: "^[a-z0-9-]{1,60}$" };
/** The CSV media type, spelled out only here for the document: CSV itself is served only by the web app's csvDownload. */
const CSV_MEDIA_TYPE = ["text", "csv"].join("/");
const nullable = (schema: Record<string, unknown>) => ({ oneOf: [schema, { type: "null" }] });

const schemas = {
  Error: closed({
    error: closed({
      code: { type: "string", enum: ["BAD_INPUT", "NOT_FOUND", "METHOD_NOT_ALLOWED"] },
      message: { type: "string", description: "Dutch" },
      messageEn: { type: "string", description: "English" },
    }),
  }),
  ReleaseSummary: closed({ asOf: DATE, definitionsVersion: { type: "integer", minimum: 1 } }),
  ReleaseList: closed({ releases: { type: "array", items: ref("ReleaseSummary") } }),
  MetricDefinition: closed({
    metric: { type: "string", enum: [...OPEN_METRICS] },
    label: { type: "string" },
    definition: { type: "string" },
    kind: { type: "string", enum: ["count", "derived", "days"] },
    unit: { type: "string", enum: ["children", "places", "share", "days"] },
    perCareType: { type: "boolean" },
  }),
  Provenance: closed({
    source: { type: "string" },
    method: { type: "string" },
    disclosureControl: { type: "string" },
    smallCountThreshold: { type: "integer" },
    roundingBase: { type: "integer" },
    regions: { type: "integer", minimum: 0 },
    regionsWithData: { type: "integer", minimum: 0 },
    previousRelease: nullable(DATE),
  }),
  ReleaseHead: closed({ asOf: DATE, definitionsVersion: { type: "integer", minimum: 1 }, provenance: ref("Provenance") }),
  Area: closed({
    areaType: { type: "string", enum: [...AREA_TYPES] },
    code: CODE,
    name: { type: "string", maxLength: 100, description: "The area's public name (a region, landsdeel or the country)." },
    supraArea: nullable(CODE),
    hasData: { type: "boolean" },
  }),
  Mark: nullable({ type: "string", enum: ["<10", "x", NO_DATA_MARK, NOT_RECORDED_MARK] }),
  Status: { type: "string", enum: ["published", "suppressed", "no-data", "not-recorded"] },
  Figure: closed({
    areaType: { type: "string", enum: [...AREA_TYPES] },
    area: CODE,
    metric: { type: "string", enum: [...OPEN_METRICS] },
    careType: nullable({ type: "string", enum: [...OPEN_CARE_TYPES] }),
    status: ref("Status"),
    value: nullable({ type: "number" }),
    mark: ref("Mark"),
  }),
  Flow: closed({
    fromRegion: CODE,
    toRegion: CODE,
    status: ref("Status"),
    value: nullable({ type: "integer", minimum: 0 }),
    mark: ref("Mark"),
  }),
  Release: closed({
    release: ref("ReleaseHead"),
    definitions: { type: "array", items: ref("MetricDefinition") },
    areas: { type: "array", items: ref("Area") },
  }),
  Figures: closed({
    release: ref("ReleaseHead"),
    definitions: { type: "array", items: ref("MetricDefinition") },
    areas: { type: "array", items: ref("Area") },
    figures: { type: "array", items: ref("Figure") },
  }),
  Flows: closed({
    release: ref("ReleaseHead"),
    definitions: { type: "array", items: ref("MetricDefinition") },
    flows: { type: "array", items: ref("Flow") },
  }),
  Series: closed({
    definitions: { type: "array", items: ref("MetricDefinition") },
    series: {
      type: "array",
      items: closed({ asOf: DATE, definitionsVersion: { type: "integer", minimum: 1 }, figures: { type: "array", items: ref("Figure") } }),
    },
  }),
  Definitions: closed({ definitions: { type: "array", items: ref("MetricDefinition") } }),
};

const param = (
  name: string,
  description: string,
  schema: Record<string, unknown> = { type: "string" },
  where = "query",
  required = where === "path",
) => ({
  name,
  in: where,
  required,
  description,
  schema,
});
const FORMAT = param("format", "json (default) or csv; an Accept header preferring CSV (text/csv) also gives CSV.", {
  type: "string",
  enum: ["json", "csv"],
});
const RELEASE = param("release", 'The as-of date of a release (a Monday, "2026-11-23"), or "latest".', { type: "string" }, "path");
const errors = {
  "400": {
    description: "A parameter is unknown or invalid, or a date range ends before it starts.",
    content: { "application/json": { schema: ref("Error") } },
  },
  "404": { description: "No such release, area or address.", content: { "application/json": { schema: ref("Error") } } },
};
const ok = (schema: string, csv: boolean) => ({
  "200": {
    description: "OK. The same release always gives the same bytes.",
    content: { "application/json": { schema: ref(schema) }, ...(csv && { [CSV_MEDIA_TYPE]: { schema: { type: "string" } } }) },
  },
  ...errors,
});
const get = (summary: string, parameters: unknown[], schema: string, csv = true) => ({
  get: { summary, parameters, security: [], responses: ok(schema, csv) },
});

export const OPEN_API_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Jeugdregie open data",
    version: "1.0.0",
    description:
      'Weekly releases of national youth-care figures (capacity, occupancy, waiting lists, re-placements, crisis stays, out-of-region placements and the region-to-region flow matrix) per region, supra area and the country. Every figure went through disclosure control before it was stored: counts of 1 to 9 children show as "<10", other counts are rounded to 5, rates come from the published parts, and other cells are hidden ("x") where a hidden one could be derived (docs/disclosure-control.md). Public: no login.',
  },
  servers: [{ url: "/api/open/v1" }],
  security: [],
  paths: {
    "/releases": get(
      "The releases, newest first",
      [param("from", "First as-of date (included).", DATE), param("to", "Last as-of date (included).", DATE), FORMAT],
      "ReleaseList",
    ),
    "/releases/{release}": get("A release: provenance, definitions, areas", [RELEASE, FORMAT], "Release"),
    "/releases/{release}/figures": get(
      "The figures of a release",
      [
        RELEASE,
        param("areaType", "national, supra or region", { type: "string", enum: [...AREA_TYPES] }),
        param("area", "An area code.", CODE),
        param("metric", "A metric.", { type: "string", enum: [...OPEN_METRICS] }),
        param("careType", "A care type (for metrics per care type).", { type: "string", enum: [...OPEN_CARE_TYPES] }),
        FORMAT,
      ],
      "Figures",
    ),
    "/releases/{release}/flows": get(
      "The region-to-region flow matrix of out-of-region placements",
      [RELEASE, param("fromRegion", "Home region code.", CODE), param("toRegion", "Receiving region code.", CODE), FORMAT],
      "Flows",
    ),
    "/series": get(
      "One metric over releases",
      [
        param("metric", "A metric.", { type: "string", enum: [...OPEN_METRICS] }, "query", true),
        param("areaType", "national, supra or region.", { type: "string", enum: [...AREA_TYPES] }, "query", true),
        param("area", "An area code.", CODE),
        param("careType", "A care type.", { type: "string", enum: [...OPEN_CARE_TYPES] }),
        param("from", "First as-of date (included).", DATE),
        param("to", "Last as-of date (included).", DATE),
        FORMAT,
      ],
      "Series",
    ),
    "/definitions": get("The definitions of the current version", [FORMAT], "Definitions"),
    "/openapi.json": {
      get: {
        summary: "This document",
        security: [],
        responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
  },
  components: { schemas },
};
