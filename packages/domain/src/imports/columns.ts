import { csvDocument, type CsvText } from "../csv.ts";
import type { ImportKind } from "./types.ts";

/** The CSV columns per import kind (Dutch headers, semicolon-separated like Dutch Excel exports). */
export const IMPORT_COLUMNS: Record<ImportKind, string[]> = {
  providers: ["naam", "kvk", "agb"],
  locations: [
    "aanbieder_kvk",
    "naam",
    "gemeentecode",
    "zorgvormen",
    "expertise",
    "leeftijd_min",
    "leeftijd_max",
    "intensiteit",
    "capaciteit",
  ],
  contracts: [
    "aanbieder_kvk",
    "segment",
    "rol",
    "financiering",
    "begindatum",
    "einddatum",
    "productcode",
    "productcategorie",
    "eenheid",
    "tarief",
    "intensiteit",
    "herzieningsclausule",
  ],
};

export const CSV_DELIMITER = ";";
/** Separator inside a cell holding several values (care types, expertise tags). */
export const LIST_SEPARATOR = "|";

const EXAMPLES: Record<ImportKind, string[]> = {
  providers: ["Stichting Voorbeeld Jeugdhulp", "12345678", "98123456"],
  locations: ["12345678", "Behandelgroep De Linde", "GM0518", "behandelgroep|deeltijdverblijf", "trauma|lvb", "8", "18", "S", "10"],
  contracts: [
    "12345678",
    "Specialistisch verblijf",
    "tactical_core",
    "pxq",
    "2026-01-01",
    "2027-12-31",
    "43A01",
    "43",
    "14",
    "872,39",
    "R",
    "Jaarlijkse indexatie volgens OVA",
  ],
};

/** A template to download: the header and one example line. */
export function importTemplate(kind: ImportKind): CsvText {
  return csvDocument([IMPORT_COLUMNS[kind], EXAMPLES[kind]], CSV_DELIMITER);
}
