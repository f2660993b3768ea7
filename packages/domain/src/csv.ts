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
