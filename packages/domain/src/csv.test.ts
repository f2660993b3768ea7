import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "./csv.ts";

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
