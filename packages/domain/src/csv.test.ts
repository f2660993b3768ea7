import { describe, expect, it } from "vitest";
import { csvDocument, CsvSyntaxError, parseCsv, readCsvCell } from "./csv.ts";

describe("parseCsv", () => {
  it("reads quoted fields with delimiters, quotes and line breaks", () => {
    const rows = parseCsv('code,name\nGM0820,"Nuenen, Gerwen en Nederwetten"\nX,"say ""hi""\nthere"\n');
    expect(rows).toEqual([
      { line: 1, fields: ["code", "name"] },
      { line: 2, fields: ["GM0820", "Nuenen, Gerwen en Nederwetten"] },
      { line: 3, fields: ["X", 'say "hi"\nthere'] },
    ]);
  });
  it("handles CRLF, a BOM, empty fields and skips blank lines", () => {
    expect(parseCsv("\ufeffa;b;c\r\n\r\n1;;3", ";")).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 3, fields: ["1", "", "3"] },
    ]);
  });
  it("reports an unclosed quote with its line", () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open')).toThrow("line 2");
  });
});

describe("csvDocument", () => {
  it("writes every cell that a spreadsheet would run as a formula as text (OWASP CSV injection)", () => {
    const dangerous = ['=HYPERLINK("http://x","klik")', "+31 6 1234", "-2+3", "@SUM(A1)", "\tX", "\rX"];
    const text = csvDocument([["naam"], ...dangerous.map((d) => [d])]);
    const cells = parseCsv(text, ";")
      .slice(1)
      .map((r) => r.fields[0]!);
    for (const cell of cells) expect(cell.startsWith("'")).toBe(true);
    expect(cells.map(readCsvCell)).toEqual(dangerous);
  });

  it("leaves ordinary cells alone and quotes per RFC 4180", () => {
    expect(csvDocument([["a", "b;c", 'say "hi"', "x\ny", "12,50", "O'Brien"]])).toBe('a;"b;c";"say ""hi""";"x\ny";12,50;O\'Brien\n');
  });

  it("round-trips cells that already start with quotes before a formula character", () => {
    const values = ["'=1+1", "''@x", "'plain"];
    const read = parseCsv(csvDocument([values]), ";")[0]!.fields.map(readCsvCell);
    expect(read).toEqual(values);
  });
});
