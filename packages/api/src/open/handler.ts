import { listOpenReleases, readOpenRelease, readOpenSeries, type Database } from "@jeugdregie/db";
import { AppError, isAppError, OPEN_METRIC_DEFINITIONS, OPEN_METRICS, type OpenFigure, type OpenReleaseDocument } from "@jeugdregie/domain";
import { OPEN_API_DOCUMENT } from "./openapi.ts";
import {
  figuresQuery,
  flowsQuery,
  formatOf,
  plainQuery,
  releaseParam,
  releaseQuery,
  releasesQuery,
  seriesQuery,
  type Format,
} from "./query.ts";
import { csvAnswer, errorAnswer, jsonAnswer, type CsvDownload } from "./respond.ts";
import { areaIndex, definitionRows, figureRows, flowRows, releaseRows } from "./tables.ts";

/**
 * The open API, `GET /api/open/v1/...` (issue 14): the weekly releases, public and read-only
 * (docs/decisions/0010-open-api-is-public.md). Every answer comes from a stored, disclosure-
 * controlled release, so it is the same bytes every time for the same release; a bad parameter
 * is a 400, an unknown release or area a 404, never a 500.
 */
export const OPEN_API_PREFIX = "/api/open/v1";

const notFound = (nl: string, en: string) => new AppError("NOT_FOUND", { nl, en });

async function release(db: Database, param: string): Promise<OpenReleaseDocument> {
  const asOf = releaseParam(param);
  const found = await readOpenRelease(db, asOf);
  if (found) return found;
  throw asOf === "latest"
    ? notFound("Er is nog geen publicatie.", "There is no release yet.")
    : notFound(
        `Er is geen publicatie met peildatum ${asOf}. Vraag ${OPEN_API_PREFIX}/releases voor de bestaande.`,
        `There is no release as of ${asOf}. Ask ${OPEN_API_PREFIX}/releases for the ones there are.`,
      );
}

const head = (r: OpenReleaseDocument) => ({ asOf: r.asOf, definitionsVersion: r.definitionsVersion, provenance: r.provenance });

function figuresOf(r: OpenReleaseDocument, q: ReturnType<typeof figuresQuery>): OpenFigure[] {
  if (q.area && !r.areas.some((a) => a.code === q.area && (!q.areaType || a.areaType === q.areaType)))
    throw notFound(
      `Gebied "${q.area}" komt niet voor in de publicatie van ${r.asOf}${q.areaType ? ` als ${q.areaType}` : ""}.`,
      `Area "${q.area}" is not in the release of ${r.asOf}${q.areaType ? ` as ${q.areaType}` : ""}.`,
    );
  return r.figures.filter(
    (f) =>
      (!q.areaType || f.areaType === q.areaType) &&
      (!q.area || f.area === q.area) &&
      (!q.metric || f.metric === q.metric) &&
      (!q.careType || f.careType === q.careType),
  );
}

async function route(db: Database, csv: CsvDownload, request: Request, url: URL, segments: string[]): Promise<Response> {
  const as = (asked: Format | undefined) => formatOf(request, asked);
  const [first, param, sub, ...rest] = segments;
  if (segments.length === 1 && first === "openapi.json") {
    plainQuery(url);
    return jsonAnswer(request, OPEN_API_DOCUMENT);
  }
  if (segments.length === 1 && first === "definitions") {
    const q = releaseQuery(url);
    const definitions = OPEN_METRICS.map((m) => OPEN_METRIC_DEFINITIONS[m]);
    return as(q.format) === "csv" ? csvAnswer(csv, "definities", definitionRows(definitions)) : jsonAnswer(request, { definitions });
  }
  if (segments.length === 1 && first === "releases") {
    const q = releasesQuery(url);
    const releases = await listOpenReleases(db, q);
    return as(q.format) === "csv" ? csvAnswer(csv, "publicaties", releaseRows(releases)) : jsonAnswer(request, { releases });
  }
  if (segments.length === 1 && first === "series") {
    const q = seriesQuery(url);
    const series = await readOpenSeries(db, q);
    const points = series.map((s) => ({ ...s, figures: s.figures.filter((f) => !q.careType || f.careType === q.careType) }));
    if (q.area && points.length > 0 && points.every((p) => p.figures.length === 0))
      throw notFound(
        `Gebied "${q.area}" komt in deze publicaties niet voor als ${q.areaType}.`,
        `Area "${q.area}" is not in these releases as ${q.areaType}.`,
      );
    const definitions = [OPEN_METRIC_DEFINITIONS[q.metric]];
    if (as(q.format) === "json") return jsonAnswer(request, { definitions, series: points });
    const latest = series.length > 0 ? await readOpenRelease(db, series.at(-1)!.asOf) : null;
    const rows = points.flatMap((p) => p.figures.map((figure) => ({ asOf: p.asOf, definitionsVersion: p.definitionsVersion, figure })));
    return csvAnswer(
      csv,
      `reeks-${q.metric}-${q.areaType}`,
      figureRows(rows, areaIndex(latest?.areas ?? []), new Map(definitions.map((d) => [d.metric, d]))),
    );
  }
  if (first === "releases" && param && rest.length === 0) {
    if (sub === undefined) {
      const q = releaseQuery(url);
      const r = await release(db, param);
      if (as(q.format) === "csv") return csvAnswer(csv, `definities-${r.asOf}`, definitionRows(r.definitions));
      return jsonAnswer(request, { release: head(r), definitions: r.definitions, areas: r.areas });
    }
    if (sub === "figures") {
      const q = figuresQuery(url);
      const r = await release(db, param);
      const figures = figuresOf(r, q);
      const metrics = new Set(figures.map((f) => f.metric));
      const definitions = r.definitions.filter((d) => metrics.has(d.metric));
      if (as(q.format) === "json") return jsonAnswer(request, { release: head(r), definitions, areas: r.areas, figures });
      const rows = figures.map((figure) => ({ asOf: r.asOf, definitionsVersion: r.definitionsVersion, figure }));
      return csvAnswer(csv, `cijfers-${r.asOf}`, figureRows(rows, areaIndex(r.areas), new Map(r.definitions.map((d) => [d.metric, d]))));
    }
    if (sub === "flows") {
      const q = flowsQuery(url);
      const r = await release(db, param);
      const regions = new Set(r.flows.flatMap((f) => [f.fromRegion, f.toRegion]));
      for (const code of [q.fromRegion, q.toRegion])
        if (code !== undefined && !regions.has(code))
          throw notFound(
            `Regio "${code}" heeft in de publicatie van ${r.asOf} geen stromen (onbekend, of nog geen gegevens).`,
            `Region "${code}" has no flows in the release of ${r.asOf} (unknown, or no data yet).`,
          );
      const flows = r.flows.filter((f) => (!q.fromRegion || f.fromRegion === q.fromRegion) && (!q.toRegion || f.toRegion === q.toRegion));
      const definitions = r.definitions.filter((d) => d.metric === "out_of_region");
      if (as(q.format) === "csv") return csvAnswer(csv, `stromen-${r.asOf}`, flowRows(r, flows));
      return jsonAnswer(request, { release: head(r), definitions, flows });
    }
  }
  throw notFound(
    `Dit adres bestaat niet in de open API. De beschrijving staat op ${OPEN_API_PREFIX}/openapi.json.`,
    `This address does not exist in the open API. Its description is at ${OPEN_API_PREFIX}/openapi.json.`,
  );
}

export async function handleOpenApiRequest(deps: { db: Database }, request: Request, csv: CsvDownload): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD")
    return new Response(
      JSON.stringify({
        error: {
          code: "METHOD_NOT_ALLOWED",
          message: "De open API kan alleen lezen (GET).",
          messageEn: "The open API is read-only (GET).",
        },
      }),
      { status: 405, headers: { allow: "GET, HEAD", "content-type": "application/json; charset=utf-8" } },
    );
  const url = new URL(request.url);
  const path = url.pathname.startsWith(OPEN_API_PREFIX) ? url.pathname.slice(OPEN_API_PREFIX.length) : url.pathname;
  try {
    const segments = path
      .split("/")
      .filter((s) => s.length > 0)
      .map((s) => decodeURIComponent(s));
    return await route(deps.db, csv, request, url, segments);
  } catch (error) {
    if (isAppError(error)) return errorAnswer(error);
    if (error instanceof URIError)
      return errorAnswer(new AppError("BAD_INPUT", { nl: "Het adres is ongeldig gecodeerd.", en: "The address is badly encoded." }));
    throw error;
  }
}
