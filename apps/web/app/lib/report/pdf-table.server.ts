import type PDFDocument from "pdfkit";

type Doc = InstanceType<typeof PDFDocument>;

const NUMERIC = /^(-?(€ )?[\d.,]+|–)$/;
const PAD = 3;

/** The height a table of rows will take (without page breaks), to keep a small table and its heading together. */
export function tableHeight(doc: Doc, rows: string[][], weights: number[], fontSize = 8): number {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const total = weights.reduce((n, w) => n + w, 0);
  return rows.reduce((sum, row, r) => {
    doc.font(r === 0 ? "Helvetica-Bold" : "Helvetica").fontSize(fontSize);
    return sum + Math.max(...row.map((c, i) => doc.heightOfString(c, { width: (weights[i]! / total) * width - 2 * PAD }))) + 2 * PAD;
  }, 0);
}

/** Starts a new page unless `height` still fits on this one (and a whole page could hold it). */
export function keepTogether(doc: Doc, height: number): void {
  const usable = doc.page.height - doc.page.margins.top - doc.page.margins.bottom - 14;
  if (doc.y + Math.min(height, usable) > doc.page.height - doc.page.margins.bottom - 14) doc.addPage();
}

/** The height of the places chart for a number of care types. */
export const chartHeight = (items: number) => 24 + items * 26;

/**
 * Draws a table of text rows (header first) across the page width, columns by weight: the header
 * bold and repeated after a page break, numbers right-aligned, rows as tall as their longest cell.
 */
export function drawTable(doc: Doc, rows: string[][], weights: number[], fontSize = 8): void {
  const [header, ...body] = rows;
  if (!header) return;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const total = weights.reduce((n, w) => n + w, 0);
  const widths = weights.map((w) => (w / total) * width);
  const bottom = () => doc.page.height - doc.page.margins.bottom - 14;

  const heightOf = (cells: string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
  };
  // A column of numbers is right-aligned, its header too.
  const numericColumn = header.map((_, i) => body.length > 0 && body.every((row) => NUMERIC.test(row[i] ?? "")));
  const drawRow = (cells: string[], font: string, shade: string | null) => {
    const height = heightOf(cells, font);
    const top = doc.y;
    if (shade) doc.rect(left, top, width, height).fill(shade);
    doc.fillColor("#000000").font(font).fontSize(fontSize);
    let x = left;
    cells.forEach((cell, i) => {
      const w = widths[i]!;
      doc.text(cell, x + PAD, top + PAD, { width: w - 2 * PAD, align: numericColumn[i] || NUMERIC.test(cell) ? "right" : "left" });
      x += w;
    });
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(0.5)
      .strokeColor("#b0b0b0")
      .stroke();
    doc.x = left;
    doc.y = top + height;
  };
  const drawHeader = () => drawRow(header, "Helvetica-Bold", "#e6edf5");

  if (doc.y + heightOf(header, "Helvetica-Bold") + heightOf(body[0] ?? header, "Helvetica") > bottom()) doc.addPage();
  drawHeader();
  for (const row of body) {
    if (doc.y + heightOf(row, "Helvetica") > bottom()) {
      doc.addPage();
      drawHeader();
    }
    drawRow(row, "Helvetica", null);
  }
  doc.moveDown(0.8);
}

/** A bar chart of places needed against contracted per care type: two bars a row, values beside them, a legend. */
export function drawPlacesChart(doc: Doc, items: { label: string; needed: number; contracted: number }[]): void {
  const left = doc.page.margins.left;
  const labelWidth = 170;
  const barArea = doc.page.width - left - doc.page.margins.right - labelWidth - 40;
  const max = Math.max(1, ...items.flatMap((i) => [i.needed, i.contracted]));
  const rowHeight = 26;
  keepTogether(doc, chartHeight(items.length));
  const legendY = doc.y;
  doc.rect(left, legendY + 1, 10, 8).fill(NEEDED);
  doc
    .fillColor("#000000")
    .font("Helvetica")
    .fontSize(8)
    .text("plekken nodig volgend jaar", left + 14, legendY, { lineBreak: false });
  doc.rect(left + 160, legendY + 1, 10, 8).fill(CONTRACTED);
  doc.fillColor("#000000").text("gecontracteerde plekken", left + 174, legendY, { lineBreak: false });
  let y = legendY + 18;
  for (const item of items) {
    doc
      .fillColor("#000000")
      .font("Helvetica")
      .fontSize(8)
      .text(item.label, left, y + 5, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    const bar = (value: number, top: number, colour: string) => {
      const w = (value / max) * barArea;
      if (w > 0) doc.rect(left + labelWidth, top, w, 9).fill(colour);
      doc
        .fillColor("#000000")
        .fontSize(7)
        .text(String(value), left + labelWidth + w + 3, top + 1, { lineBreak: false });
    };
    bar(item.needed, y + 1, NEEDED);
    bar(item.contracted, y + 11, CONTRACTED);
    y += rowHeight;
  }
  doc.x = left;
  doc.y = y + 6;
}

/** Colours that keep their contrast on white and apart for colour-blind readers (blue and orange). */
export const NEEDED = "#1f4e8c";
export const CONTRACTED = "#d46a00";
