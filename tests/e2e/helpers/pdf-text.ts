import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/** The pages of a PDF and the text on each, read with PDF.js (as a PDF reader would see it). */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string[] }> {
  const task = getDocument({ data: bytes, standardFontDataUrl });
  const doc = await task.promise;
  const text: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  const pages = doc.numPages;
  await task.destroy();
  return { pages, text };
}
