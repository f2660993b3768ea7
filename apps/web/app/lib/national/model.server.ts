import type { RouterContextProvider } from "react-router";
import { lastReleaseWeeks, OPEN_CARE_TYPES, type AreaType, type OpenFigure, type Role } from "@jeugdregie/domain";
import { depsContext } from "../../context.ts";
import { openApi, type FiguresAnswer, type FlowsAnswer, type SeriesAnswer } from "./open-api.server.ts";
import { isOpenCareType, isRegionColumn, PER_CARE_TYPE, type CareTypeCode, type RegionColumn } from "./view.ts";

/**
 * Who sees what on the national overview (issue 14, parts 2 and 5). Everything on it is the open
 * release as everyone may read it; the role only decides which part the page shows:
 * - the ministry analyst: the country, every supra area and region, the whole flow matrix;
 * - a supra coordinator: their own area (its member regions and, when they make up a landsdeel
 *   of the release, its totals), read-only;
 * - a region's admin or coordinator: their own region beside its landsdeel and the country, and
 *   the other regions as published (the same definitions and disclosure rule).
 */
export type NationalView = "national" | "supra" | "region";

export function viewOf(role: Role): NationalView | null {
  if (role === "ministry_analyst") return "national";
  if (role === "supra_coordinator") return "supra";
  if (role === "region_admin" || role === "placement_coordinator") return "region";
  return null;
}

export const REFUSAL =
  "Het landelijk beeld is er voor het ministerie, bovenregionale coördinatoren en de beheerders en coördinatoren van een regio. " +
  "De cijfers zelf zijn openbaar: zie de open API onder /api/open/v1.";

/** Weeks of trend on the page. */
export const TREND_WEEKS = 26;

export interface Scope {
  view: NationalView;
  /** Region codes the page shows as rows (null: all). */
  regions: ReadonlySet<string> | null;
  /** The viewer's own region (region view). */
  own: string | null;
}

export function choices(url: URL) {
  const care = url.searchParams.get("zorgvorm");
  const sort = url.searchParams.get("sorteer");
  return {
    careType: (isOpenCareType(care) ? care : "jeugdzorgplus") as CareTypeCode,
    supra: url.searchParams.get("landsdeel") || null,
    sort: (isRegionColumn(sort) ? sort : "name") as RegionColumn,
    direction: (url.searchParams.get("richting") === "af" ? "af" : "op") as "op" | "af",
  };
}

/** The trend of one area: places and occupied places of the care type, and the waiting list, over the last weeks. */
async function trend(api: ReturnType<typeof openApi>, asOf: string, areaType: AreaType, area: string, careType: string) {
  const from = lastReleaseWeeks(new Date(`${asOf}T12:00:00Z`), TREND_WEEKS)[0]!;
  const ask = (metric: string, care: string | null) =>
    api.json<SeriesAnswer>(
      `/series?${new URLSearchParams({ metric, areaType, area, from, to: asOf, ...(care ? { careType: care } : {}) }).toString()}`,
    );
  const [places, occupied, waiting] = await Promise.all([ask("places", careType), ask("occupied", careType), ask("waiting_list", null)]);
  const first = (s: SeriesAnswer | null, at: number): OpenFigure | null => s?.series[at]?.figures[0] ?? null;
  const weeks = places?.series.map((p) => p.asOf) ?? [];
  return {
    areaType,
    area,
    definitions: [places, occupied, waiting].flatMap((s) => s?.definitions ?? []),
    points: weeks.map((asOfWeek, i) => ({
      asOf: asOfWeek,
      places: first(places, i),
      occupied: first(occupied, i),
      waiting: first(waiting, i),
    })),
  };
}

/** The page's data, every figure from the open API's answers for the latest release. */
export async function loadNationalModel(context: Readonly<RouterContextProvider>, request: Request, scope: Scope) {
  const url = new URL(request.url);
  const chosen = choices(url);
  const api = openApi(context.get(depsContext), request.url);
  const latest = await api.json<FiguresAnswer>("/releases/latest/figures");
  if (!latest) return { ...chosen, scope, release: null };
  const asOf = latest.release.asOf;
  const flows = await api.json<FlowsAnswer>(`/releases/${asOf}/flows`);

  const regionAreas = latest.areas.filter((a) => a.areaType === "region" && (!scope.regions || scope.regions.has(a.code)));
  const regionOfOwn = scope.own ? latest.areas.find((a) => a.areaType === "region" && a.code === scope.own) : undefined;
  // A supra coordinator's totals: the landsdelen of the release made up of their regions only.
  const supraAreas = latest.areas.filter(
    (s) =>
      s.areaType === "supra" &&
      (scope.view === "national" ||
        (scope.view === "region" && s.code === regionOfOwn?.supraArea) ||
        (scope.view === "supra" &&
          latest.areas.some((a) => a.supraArea === s.code) &&
          latest.areas.filter((a) => a.supraArea === s.code).every((a) => scope.regions?.has(a.code)))),
  );
  const top =
    scope.view === "supra"
      ? supraAreas[0] && { areaType: "supra" as const, code: supraAreas[0].code, name: supraAreas[0].name }
      : { areaType: "national" as const, code: "nl", name: "Nederland" };
  // Per care type for the top area (the capacity table), the chosen care type for everything else.
  // Closed places (JeugdzorgPlus) of the landsdelen and the country too: the phase-out section sets them against the plans.
  const figures = latest.figures.filter(
    (f) =>
      !PER_CARE_TYPE.has(f.metric) ||
      f.careType === chosen.careType ||
      (top && f.areaType === top.areaType && f.area === top.code) ||
      (f.metric === "places" && f.careType === "jeugdzorgplus" && f.areaType !== "region"),
  );
  return {
    ...chosen,
    scope,
    release: latest.release,
    definitions: latest.definitions,
    careTypes: OPEN_CARE_TYPES,
    allAreas: latest.areas.map((a) => ({ code: a.code, name: a.name, areaType: a.areaType })),
    regionAreas,
    supraAreas,
    national: scope.view === "supra" ? null : (latest.areas.find((a) => a.areaType === "national") ?? null),
    top: top ?? null,
    figures,
    flows: flows?.flows ?? [],
    flowDefinitions: flows?.definitions ?? [],
    trend: top ? await trend(api, asOf, top.areaType, top.code, chosen.careType) : null,
    csv: {
      figures: api.href(`/releases/${asOf}/figures?format=csv`),
      flows: api.href(`/releases/${asOf}/flows?format=csv`),
      api: api.href("/openapi.json"),
    },
  };
}
