import type { OpenArea, OpenFigure, OpenFlow, OpenMetricDefinition, OpenReleaseDocument } from "@jeugdregie/domain";

/** The CSV forms of the open API's answers: one header row in Dutch, one row per figure, every cell text. */
const cell = (v: string | number | boolean | null) => (v === null ? "" : String(v));

export function figureRows(
  rows: { asOf: string; definitionsVersion: number; figure: OpenFigure }[],
  areas: Map<string, OpenArea>,
  definitions: Map<string, OpenMetricDefinition>,
): string[][] {
  return [
    [
      "peildatum",
      "definitieversie",
      "gebiedstype",
      "gebied",
      "gebiedsnaam",
      "maat",
      "omschrijving",
      "eenheid",
      "zorgvorm",
      "status",
      "waarde",
      "teken",
    ],
    ...rows.map(({ asOf, definitionsVersion, figure: f }) =>
      [
        asOf,
        definitionsVersion,
        f.areaType,
        f.area,
        areas.get(`${f.areaType}/${f.area}`)?.name ?? "",
        f.metric,
        definitions.get(f.metric)?.label ?? "",
        definitions.get(f.metric)?.unit ?? "",
        f.careType,
        f.status,
        f.value,
        f.mark,
      ].map(cell),
    ),
  ];
}

export function flowRows(release: OpenReleaseDocument, flows: OpenFlow[]): string[][] {
  return [
    ["peildatum", "definitieversie", "van_regio", "naar_regio", "status", "waarde", "teken"],
    ...flows.map((f) => [release.asOf, release.definitionsVersion, f.fromRegion, f.toRegion, f.status, f.value, f.mark].map(cell)),
  ];
}

export function definitionRows(definitions: OpenMetricDefinition[]): string[][] {
  return [
    ["maat", "omschrijving", "definitie", "soort", "eenheid", "per_zorgvorm"],
    ...definitions.map((d) => [d.metric, d.label, d.definition, d.kind, d.unit, d.perCareType].map(cell)),
  ];
}

export function releaseRows(releases: { asOf: string; definitionsVersion: number }[]): string[][] {
  return [["peildatum", "definitieversie"], ...releases.map((r) => [r.asOf, String(r.definitionsVersion)])];
}

export const areaIndex = (areas: OpenArea[]) => new Map(areas.map((a) => [`${a.areaType}/${a.code}`, a]));
