import type { OpenMetric, OpenMetricDefinition } from "./metrics.ts";

/**
 * The published document of one weekly release: what the open API serves, stored as it is. It
 * holds aggregates that went through disclosure control and nothing else: no field can carry a
 * child's identity (a test walks every key of it and of the API's answers).
 */
export const AREA_TYPES = ["national", "supra", "region"] as const;
export type AreaType = (typeof AREA_TYPES)[number];

/** A figure as shown: a value, hidden ("<10" or "x"), or a region that has no data yet. */
export type FigureStatus = "published" | "suppressed" | "no-data" | "not-recorded";

export const NO_DATA_MARK = "geen gegevens";
/** A figure the area's registrations do not hold (no plan, no location records it): never shown as 0. */
export const NOT_RECORDED_MARK = "niet geregistreerd";
export const NATIONAL_AREA = { code: "nl", name: "Nederland" } as const;
/** Regions in no supra region are grouped here, so every region has exactly one supra area. */
export const NO_SUPRA_AREA = { code: "geen-landsdeel", name: "Geen bovenregionaal verband" } as const;

export interface OpenArea {
  areaType: AreaType;
  code: string;
  name: string;
  /** For a region: its supra area (landsdeel). */
  supraArea: string | null;
  /** For a region: whether it has any data yet (a location or a submitted request). */
  hasData: boolean;
}

export interface OpenFigure {
  areaType: AreaType;
  area: string;
  metric: OpenMetric;
  careType: string | null;
  status: FigureStatus;
  value: number | null;
  /** "<10" for a small count, "x" for any other hidden figure, "geen gegevens" for no data yet, "niet geregistreerd" where not recorded. */
  mark: string | null;
}

export interface OpenFlow {
  fromRegion: string;
  toRegion: string;
  status: FigureStatus;
  value: number | null;
  mark: string | null;
}

export interface OpenProvenance {
  source: string;
  method: string;
  disclosureControl: string;
  smallCountThreshold: number;
  roundingBase: number;
  regions: number;
  regionsWithData: number;
  previousRelease: string | null;
}

export interface OpenReleaseDocument {
  asOf: string;
  definitionsVersion: number;
  provenance: OpenProvenance;
  definitions: OpenMetricDefinition[];
  areas: OpenArea[];
  figures: OpenFigure[];
  flows: OpenFlow[];
}
