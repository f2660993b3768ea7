import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Every CSV the platform hands out goes through the domain's one writer (csvDocument), which
 * defuses spreadsheet formulas. A new export that quotes cells itself or serves text/csv from
 * somewhere else fails here; csvDownload only type-checks with text from csvDocument.
 */
const root = new URL("../..", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (["node_modules", "build", ".react-router"].includes(name)) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const files = ["packages", "apps"].flatMap((top) =>
  readdirSync(join(root, top)).flatMap((pkg) => {
    const dirs = ["src", "app", "server.ts"].map((d) => join(root, top, pkg, d));
    return dirs.flatMap((d) => {
      try {
        return statSync(d).isDirectory() ? sourceFiles(d) : [d];
      } catch {
        return [];
      }
    });
  }),
);
const text = (file: string) => readFileSync(file, "utf8");
const rel = (file: string) => relative(root, file);

describe("CSV exports", () => {
  it("finds the source files at all", () => {
    expect(files.map(rel)).toContain("packages/domain/src/csv.ts");
    expect(files.map(rel)).toContain("apps/web/app/routes/onboarding/import-template.ts");
  });

  it("quote cells only in the domain's CSV writer", () => {
    const quoting = files.filter((f) => /['"`]""['"`]/.test(text(f))).map(rel);
    expect(quoting).toEqual(["packages/domain/src/csv.ts"]);
  });

  it("are served as text/csv only by csvDownload", () => {
    const serving = files.filter((f) => /["'`]text\/csv/.test(text(f))).map(rel);
    expect(serving).toEqual(["apps/web/app/lib/csv-download.server.ts"]);
  });

  it("name a .csv file only where the content comes from csvDocument", () => {
    const naming = files.filter((f) => /\.csv[`"']/.test(text(f)) && !/\bparseCsv\(|readFileSync/.test(text(f)));
    for (const file of naming) expect(text(file), rel(file)).toMatch(/\bcsvDocument\(|\bimportTemplate\(/);
    expect(naming.length).toBeGreaterThan(0);
  });
});
