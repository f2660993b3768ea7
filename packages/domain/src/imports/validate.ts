import { isCareType, type CareType } from "../care-types.ts";
import { CsvSyntaxError, parseCsv, readCsvCell } from "../csv.ts";
import { isValidAgb, isValidGemeentecode, isValidKvk } from "../identifiers.ts";
import {
  FINANCING_FORMS,
  PROVIDER_ROLES,
  parseEuroToCents,
  periodsOverlap,
  type FinancingForm,
  type ProviderRole,
} from "../onboarding/contracts.ts";
import { isIjwProductCategory, isIjwUnit, productCodeProblem } from "../onboarding/ijw-codes.ts";
import { CSV_DELIMITER, IMPORT_COLUMNS, LIST_SEPARATOR } from "./columns.ts";
import { MAX_IMPORT_ROWS, type ImportContext, type ImportKind, type ImportLineError, type ImportValidation } from "./types.ts";

export interface ProviderRow {
  name: string;
  kvk: string;
  agb: string | null;
}
export interface LocationRow {
  providerId: string;
  name: string;
  municipalityCode: string;
  careTypes: CareType[];
  expertiseTags: string[];
  ageMin: number;
  ageMax: number;
  intensityBand: string | null;
  capacity: number;
  /** Where the location records them (migration 0033); absent or null: not recorded, never 0. */
  hybridPlaces?: number | null;
  roundTheClockSupport?: boolean | null;
}
export interface ContractRow {
  providerId: string;
  segmentId: string;
  providerRole: ProviderRole;
  financingForm: FinancingForm;
  startsOn: string;
  endsOn: string;
  productCode: string;
  productCategory: string;
  unit: string;
  tariffCents: number;
  intensityBand: string | null;
  revisionClause: string;
}

export type Cells = Record<string, string>;
export interface ImportRecord {
  line: number;
  cells: Cells;
}

/** Splits the file into header-checked records keyed by column name; file-level problems come back as line errors. */
export function readImportFile(kind: ImportKind, text: string): { records: ImportRecord[]; errors: ImportLineError[] } {
  let rows;
  try {
    rows = parseCsv(text, CSV_DELIMITER);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { records: [], errors: [{ line: error.line, message: "Een aanhalingsteken is niet afgesloten." }] };
    throw error;
  }
  const [header, ...body] = rows;
  const columns = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const missing = IMPORT_COLUMNS[kind].filter((c) => !columns.includes(c));
  if (!header || missing.length > 0) {
    return {
      records: [],
      errors: [{ line: 1, message: `Kolommen ontbreken in de kopregel: ${missing.join(", ")}. Gebruik het sjabloon (scheidingsteken ;).` }],
    };
  }
  if (body.length === 0) return { records: [], errors: [{ line: 2, message: "Het bestand bevat geen regels onder de kopregel." }] };
  if (body.length > MAX_IMPORT_ROWS)
    return { records: [], errors: [{ line: 1, message: `Hoogstens ${MAX_IMPORT_ROWS} regels per bestand.` }] };
  const records = body.map(({ line, fields }) => ({
    line,
    cells: Object.fromEntries(columns.map((column, i) => [column, readCsvCell(fields[i] ?? "").trim()])),
  }));
  return { records, errors: [] };
}

const integer = (value: string | undefined) => (value !== undefined && /^-?\d+$/.test(value) ? Number(value) : null);
const isIsoDate = (value: string | undefined) =>
  value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
const list = (value: string | undefined) =>
  (value ?? "")
    .split(LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter(Boolean);

/** Runs a row check over every record; a row with any problem becomes one error line listing all its problems. */
function validateRecords<T>(records: ImportRecord[], check: (record: ImportRecord, problems: string[]) => T | null): ImportValidation<T> {
  const result: ImportValidation<T> = { rows: [], errors: [] };
  for (const record of records) {
    const problems: string[] = [];
    const value = check(record, problems);
    if (problems.length > 0 || value === null) result.errors.push({ line: record.line, message: problems.join("; ") || "regel ongeldig" });
    else result.rows.push({ line: record.line, value });
  }
  return result;
}

export function validateProviderRecords(
  records: ImportRecord[],
  context: Pick<ImportContext, "providerIdByKvk">,
): ImportValidation<ProviderRow> {
  const firstLineOfKvk = new Map<string, number>();
  return validateRecords(records, ({ line, cells: c }, problems) => {
    if (!c.naam) problems.push("naam is leeg");
    if (!isValidKvk(c.kvk ?? "")) problems.push(`KvK-nummer "${c.kvk ?? ""}" moet uit precies 8 cijfers bestaan`);
    if (c.agb && !isValidAgb(c.agb)) problems.push(`AGB-code "${c.agb}" moet uit precies 8 cijfers bestaan`);
    const earlier = firstLineOfKvk.get(c.kvk ?? "");
    if (earlier !== undefined) problems.push(`KvK-nummer ${c.kvk} staat ook op regel ${earlier}`);
    else if (c.kvk) firstLineOfKvk.set(c.kvk, line);
    if (c.kvk && context.providerIdByKvk.has(c.kvk)) problems.push(`een aanbieder met KvK-nummer ${c.kvk} staat al in het register`);
    return problems.length ? null : { name: c.naam!, kvk: c.kvk!, agb: c.agb || null };
  });
}

export function validateLocationRecords(records: ImportRecord[], context: ImportContext): ImportValidation<LocationRow> {
  return validateRecords(records, ({ cells: c }, problems) => {
    const providerId = context.providerIdByKvk.get(c.aanbieder_kvk ?? "");
    if (!isValidKvk(c.aanbieder_kvk ?? "")) problems.push(`aanbieder_kvk "${c.aanbieder_kvk ?? ""}" moet uit precies 8 cijfers bestaan`);
    else if (!providerId) problems.push(`geen aanbieder met KvK-nummer ${c.aanbieder_kvk} in het register`);
    else if (!context.contractedProviderIds.has(providerId))
      problems.push(`aanbieder ${c.aanbieder_kvk} heeft geen contract met deze regio`);
    if (!c.naam) problems.push("naam is leeg");
    if (!isValidGemeentecode(c.gemeentecode ?? "")) problems.push(`gemeentecode "${c.gemeentecode ?? ""}" moet de vorm GM0000 hebben`);
    else if (!context.regionMunicipalities.has(c.gemeentecode!)) problems.push(`gemeente ${c.gemeentecode} hoort niet bij deze regio`);
    const careTypes = list(c.zorgvormen);
    const unknown = careTypes.filter((t) => !isCareType(t));
    if (careTypes.length === 0) problems.push("zorgvormen is leeg");
    if (unknown.length > 0) problems.push(`onbekende zorgvorm: ${unknown.join(", ")}`);
    const ageMin = integer(c.leeftijd_min);
    const ageMax = integer(c.leeftijd_max);
    if (ageMin === null || ageMin < 0 || ageMin > 27) problems.push("leeftijd_min moet een heel getal van 0 tot en met 27 zijn");
    if (ageMax === null || ageMax < 0 || ageMax > 27) problems.push("leeftijd_max moet een heel getal van 0 tot en met 27 zijn");
    if (ageMin !== null && ageMax !== null && ageMin > ageMax) problems.push("leeftijd_min is groter dan leeftijd_max");
    if (c.intensiteit && !/^[K-Z]$/.test(c.intensiteit))
      problems.push(`intensiteit "${c.intensiteit}" moet een letter van K tot en met Z zijn`);
    const capacity = integer(c.capaciteit);
    if (capacity === null || capacity < 0) problems.push("capaciteit moet een heel getal van 0 of meer zijn");
    // Optional columns: an empty or missing cell is "not recorded", not 0 or "no".
    const hybridPlaces = c.hybride_plaatsen ? integer(c.hybride_plaatsen) : null;
    if (c.hybride_plaatsen && (hybridPlaces === null || hybridPlaces < 0))
      problems.push("hybride_plaatsen moet leeg zijn of een heel getal van 0 of meer");
    else if (hybridPlaces !== null && capacity !== null && hybridPlaces > capacity)
      problems.push("hybride_plaatsen is groter dan capaciteit");
    const dayAndNight = (c.dag_en_nacht ?? "").toLowerCase();
    if (dayAndNight && dayAndNight !== "ja" && dayAndNight !== "nee")
      problems.push(`dag_en_nacht "${c.dag_en_nacht}" moet leeg, ja of nee zijn`);
    if (problems.length) return null;
    return {
      providerId: providerId!,
      name: c.naam!,
      municipalityCode: c.gemeentecode!,
      careTypes: careTypes as CareType[],
      expertiseTags: list(c.expertise),
      ageMin: ageMin!,
      ageMax: ageMax!,
      intensityBand: c.intensiteit || null,
      capacity: capacity!,
      hybridPlaces,
      roundTheClockSupport: dayAndNight ? dayAndNight === "ja" : null,
    };
  });
}

export function validateContractRecords(records: ImportRecord[], context: ImportContext): ImportValidation<ContractRow> {
  const accepted: { line: number; providerId: string; productCode: string; startsOn: string; endsOn: string }[] = [];
  return validateRecords(records, ({ line, cells: c }, problems) => {
    const providerId = context.providerIdByKvk.get(c.aanbieder_kvk ?? "");
    if (!isValidKvk(c.aanbieder_kvk ?? "")) problems.push(`aanbieder_kvk "${c.aanbieder_kvk ?? ""}" moet uit precies 8 cijfers bestaan`);
    else if (!providerId) problems.push(`geen aanbieder met KvK-nummer ${c.aanbieder_kvk} in het register`);
    const segmentId = context.segmentIdByName.get((c.segment ?? "").toLowerCase());
    if (!segmentId) problems.push(`segment "${c.segment ?? ""}" bestaat niet in deze regio`);
    if (!PROVIDER_ROLES.includes(c.rol as ProviderRole))
      problems.push(`rol "${c.rol ?? ""}" moet een van ${PROVIDER_ROLES.join(", ")} zijn`);
    if (!FINANCING_FORMS.includes(c.financiering as FinancingForm))
      problems.push(`financiering "${c.financiering ?? ""}" moet een van ${FINANCING_FORMS.join(", ")} zijn`);
    const datesOk = isIsoDate(c.begindatum) && isIsoDate(c.einddatum);
    if (!datesOk) problems.push("begindatum en einddatum moeten datums zijn als 2026-01-31");
    else if (c.einddatum! < c.begindatum!) problems.push("einddatum ligt voor begindatum");
    if (!isIjwProductCategory(c.productcategorie ?? ""))
      problems.push(`productcategorie "${c.productcategorie ?? ""}" staat niet in de iJw-codelijst`);
    const codeProblem = productCodeProblem(c.productcode ?? "", c.productcategorie ?? "");
    if (codeProblem) problems.push(codeProblem.nl);
    if (!isIjwUnit(c.eenheid ?? "")) problems.push(`eenheid "${c.eenheid ?? ""}" staat niet in de iJw-codelijst`);
    const tariffCents = parseEuroToCents(c.tarief ?? "");
    if (tariffCents === null) problems.push(`tarief "${c.tarief ?? ""}" is geen bedrag`);
    else if (tariffCents < 0) problems.push("tarief mag niet onder nul liggen");
    if (c.intensiteit && !/^[K-Z]$/.test(c.intensiteit))
      problems.push(`intensiteit "${c.intensiteit}" moet een letter van K tot en met Z zijn`);
    if (problems.length) return null;

    const period = { startsOn: c.begindatum!, endsOn: c.einddatum! };
    const inDatabase = (context.existingProductsByProvider.get(providerId!) ?? []).find(
      (e) => e.productCode === c.productcode && periodsOverlap(e, period),
    );
    if (inDatabase)
      problems.push(
        `product ${c.productcode} is voor deze aanbieder al gecontracteerd van ${inDatabase.startsOn} tot en met ${inDatabase.endsOn}`,
      );
    const inFile = accepted.find((a) => a.providerId === providerId && a.productCode === c.productcode && periodsOverlap(a, period));
    if (inFile) problems.push(`product ${c.productcode} overlapt met regel ${inFile.line}`);
    if (problems.length) return null;
    accepted.push({ line, providerId: providerId!, productCode: c.productcode!, ...period });
    return {
      providerId: providerId!,
      segmentId: segmentId!,
      providerRole: c.rol as ProviderRole,
      financingForm: c.financiering as FinancingForm,
      ...period,
      productCode: c.productcode!,
      productCategory: c.productcategorie!,
      unit: c.eenheid!,
      tariffCents: tariffCents!,
      intensityBand: c.intensiteit || null,
      revisionClause: c.herzieningsclausule ?? "",
    };
  });
}
