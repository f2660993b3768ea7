/**
 * RFC 4180 CSV: fields separated by the delimiter, optionally quoted; inside quotes a
 * doubled quote is a quote and delimiters and line breaks are data. Returns rows of fields
 * with the 1-based line number each row started on, so reports can point at the right line.
 */
export interface CsvRow {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export function parseCsv(text: string, delimiter = ","): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let rowStart = 1;
  let fieldWasQuoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "" && !fieldWasQuoted)) rows.push({ line: rowStart, fields });
    fields = [];
    field = "";
    fieldWasQuoted = false;
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"') {
      if (field !== "") throw new CsvSyntaxError(line, "a quote may only start a field");
      inQuotes = true;
      fieldWasQuoted = true;
    } else if (char === delimiter) {
      fields.push(field);
      field = "";
      fieldWasQuoted = false;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      endRow();
      line++;
      rowStart = line;
    } else {
      field += char;
    }
  }
  if (inQuotes) throw new CsvSyntaxError(rowStart, "a quoted field is not closed");
  if (field !== "" || fields.length > 0 || fieldWasQuoted) endRow();
  return rows;
}

/*
 * Writing. Every CSV the platform hands out is built by csvDocument, the one writer: it quotes
 * per RFC 4180 and defuses formula injection (OWASP "CSV Injection"): a cell that starts with
 * = + - @, a tab or a carriage return is written with a leading single quote, so a spreadsheet
 * shows it as text instead of running it. Cells that already start with quotes before such a
 * character get one more, so readCsvCell undoes exactly what was added and exports re-import.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

declare const csvTextBrand: unique symbol;
/** Text that came out of csvDocument; the only kind a CSV download accepts. */
export type CsvText = string & { readonly [csvTextBrand]: true };

function csvCell(value: string, delimiter = ";"): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe.includes('"') || safe.includes(delimiter) || /[\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as one CSV text (header first), each line ended by a line feed. */
export function csvDocument(rows: readonly (readonly string[])[], delimiter = ";"): CsvText {
  return rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter) + "\n").join("") as CsvText;
}

/** The value a cell held before csvCell defused it (for re-importing our own exports). */
export function readCsvCell(field: string): string {
  return FORMULA_START.test(field) && field.startsWith("'") ? field.slice(1) : field;
}
