import { csvDocument, type CsvText } from "../csv.ts";
import { CSV_DELIMITER } from "../imports/columns.ts";
import { KPI_DEFINITIONS, isKpiKey } from "../kpi/definitions.ts";
import { DECLINE_REASONS } from "../placement/offers.ts";
import type { ProviderFigures } from "./figures.ts";

/** Numbers as the imports and the settlements export write them: a decimal comma. */
const decimal = (value: number, digits: number) => value.toFixed(digits).replace(".", ",");
const euro = (cents: number) => decimal(cents / 100, 2);
const share = (value: number | null) => (value === null ? "" : decimal(value * 100, 1));

const FIGURE_COLUMNS = [
  "regio",
  "maand",
  "bezettingsgraad_procent",
  "bezette_plaatsdagen",
  "beschikbare_plaatsdagen",
  "voorleggingen_ontvangen",
  "geaccepteerd",
  "afgewezen",
  ...DECLINE_REASONS.map((r) => `afgewezen_${r}`),
  "reactietijd_uren_mediaan",
  "plaatsingen_gestart",
  "plaatsingen_beeindigd",
  "etmalen",
  "p_x_q",
  "etmalen_zonder_intensiteit",
];

/** The provider's own figures, one line per region and month. */
export function providerFiguresCsv(rows: readonly ProviderFigures[]): CsvText {
  return csvDocument(
    [
      FIGURE_COLUMNS,
      ...rows.map((f) => [
        f.regionName,
        f.month,
        share(f.occupancy),
        String(f.occupiedDays),
        String(f.capacityDays),
        String(f.offersReceived),
        String(f.accepted),
        String(f.declined),
        ...DECLINE_REASONS.map((r) => String(f.declinesByReason[r])),
        f.responseHoursMedian === null ? "" : decimal(f.responseHoursMedian, 1),
        String(f.placementsStarted),
        String(f.placementsEnded),
        String(f.pxqDays),
        euro(f.pxqCents),
        String(f.unpricedDays),
      ]),
    ],
    CSV_DELIMITER,
  );
}

const UNIT_WORDS = { share: "procent", count: "aantal", days: "dagen" } as const;

export interface RequestedKpiValue {
  regionName: string;
  kpi: string;
  month: string;
  locationName: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** The KPIs regions asked for, as the provider delivers them: one line per region, KPI, month (and location for occupancy). */
export function requestedKpisCsv(rows: readonly RequestedKpiValue[]): CsvText {
  return csvDocument(
    [
      ["regio", "kengetal", "omschrijving", "maand", "locatie", "waarde", "eenheid", "teller", "noemer"],
      ...rows.map((v) => {
        const definition = isKpiKey(v.kpi) ? KPI_DEFINITIONS[v.kpi] : null;
        const unit = definition?.unit ?? "count";
        const value = unit === "share" ? decimal(v.value * 100, 1) : decimal(v.value, unit === "days" ? 1 : 0);
        return [
          v.regionName,
          v.kpi,
          definition?.label ?? v.kpi,
          v.month,
          v.locationName ?? "",
          value,
          UNIT_WORDS[unit],
          v.numerator === null ? "" : String(v.numerator),
          v.denominator === null ? "" : String(v.denominator),
        ];
      }),
    ],
    CSV_DELIMITER,
  );
}

/** The file name of a provider's download: what it holds and its months. */
export const providerFiguresFilename = (table: "cijfers" | "kengetallen", from: string, to: string) =>
  `${table}-${from}-tot-en-met-${to}.csv`;
