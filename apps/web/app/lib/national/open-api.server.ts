import { handleOpenApiRequest, OPEN_API_PREFIX, type ApiDeps } from "@jeugdregie/api";
import type { OpenArea, OpenFigure, OpenFlow, OpenMetricDefinition, OpenProvenance } from "@jeugdregie/domain";
import { csvDownload } from "../csv-download.server.ts";

export interface ReleaseHead {
  asOf: string;
  definitionsVersion: number;
  provenance: OpenProvenance;
}
export interface FiguresAnswer {
  release: ReleaseHead;
  definitions: OpenMetricDefinition[];
  areas: OpenArea[];
  figures: OpenFigure[];
}
export interface FlowsAnswer {
  release: ReleaseHead;
  definitions: OpenMetricDefinition[];
  flows: OpenFlow[];
}
export interface SeriesAnswer {
  definitions: OpenMetricDefinition[];
  series: { asOf: string; definitionsVersion: number; figures: OpenFigure[] }[];
}

/**
 * The pages' only way to the national figures: the open API itself, called in-process with the
 * same handler that serves GET /api/open/v1 to everyone (issue 14: the page and the CSV use the
 * same API, no second query path). Null for a 404 (no release yet); any other refusal is a bug of
 * the page's own URL and fails loudly.
 */
export function openApi(deps: ApiDeps, base: string) {
  return {
    /** The public address of an answer, for links (the CSV download). */
    href: (path: string) => `${OPEN_API_PREFIX}${path}`,
    async json<T>(path: string): Promise<T | null> {
      const response = await handleOpenApiRequest(deps, new Request(new URL(`${OPEN_API_PREFIX}${path}`, base)), csvDownload);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`open API ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}
