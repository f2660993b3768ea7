import type { CsvText } from "@jeugdregie/domain";

/**
 * The one way a page hands out a CSV file: only text from the domain's csvDocument (which
 * defuses spreadsheet formulas) type-checks here. A UTF-8 BOM so Excel reads accents right.
 */
export function csvDownload(file: { filename: string; content: CsvText }): Response {
  return new Response(`\ufeff${file.content}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
