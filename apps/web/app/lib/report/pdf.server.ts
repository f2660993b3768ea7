import PDFDocument from "pdfkit";
import {
  codeLabel,
  dutchDate,
  REPORT_TABLE_TITLES,
  reportTable,
  SUPPLY_VERDICT_LABELS,
  SUPPLY_VERDICTS,
  type QuarterReport,
} from "@jeugdregie/domain";
import { PROJECTION_METHOD } from "../../components/report-text.ts";
import { chartHeight, drawPlacesChart, drawTable, keepTogether, tableHeight } from "./pdf-table.server.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^(-?)(\d+),(\d\d)$/;

/**
 * The CSV's cells as a reader of paper wants them: "–" for no value, dates in Dutch, and in the
 * given money columns euros with thousands separators ("100000,00" -> "€ 100.000,00").
 */
const shown = (rows: string[][], moneyColumns: number[] = []) =>
  rows.map((row, i) =>
    i === 0
      ? row
      : row.map((c, column) => {
          if (c === "") return "–";
          if (ISO_DATE.test(c)) return dutchDate(c);
          const amount = moneyColumns.includes(column) ? AMOUNT.exec(c) : null;
          return amount ? `${amount[1]}€ ${amount[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${amount[3]}` : c;
        }),
  );

/**
 * The quarterly report "Samen Sturen" as a PDF, made on the server with pdfkit (no browser): the
 * same tables as the page and the CSVs (reportTable), a chart of places needed against contracted,
 * page numbers. A4 landscape, because the need table is wide.
 */
export function quarterReportPdf(report: QuarterReport, madeAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margins: { top: 40, bottom: 36, left: 40, right: 40 },
    bufferPages: true,
    info: { Title: `Samen Sturen ${report.quarter.label} ${report.region.name}`, Author: "Jeugdregie", Subject: "Kwartaalrapportage" },
    lang: "nl-NL",
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  /** A section's heading, on a new page unless the heading, its note and `block` (its table or a start of it) fit here. */
  const heading = (text: string, block = 60) => {
    keepTogether(doc, 70 + block);
    doc.moveDown(0.4).fillColor("#1f4e8c").font("Helvetica-Bold").fontSize(13).text(text).moveDown(0.3).fillColor("#000000");
  };
  const note = (text: string) => doc.font("Helvetica").fontSize(8.5).fillColor("#333333").text(text).moveDown(0.4).fillColor("#000000");

  doc.font("Helvetica-Bold").fontSize(22).fillColor("#1f4e8c").text("Samen Sturen");
  doc.font("Helvetica").fontSize(13).fillColor("#000000").text(`Kwartaalrapportage ${report.quarter.label} · ${report.region.name}`);
  doc
    .fontSize(9)
    .fillColor("#333333")
    .text(
      `Gemaakt op ${madeAt.toLocaleDateString("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "long" })}. ` +
        "Kengetallen, behoefte tegenover aanbod en geld van de regio in één overzicht. Cijfers over kinderen zijn aantallen, nooit personen.",
    )
    .moveDown(0.6);

  heading(REPORT_TABLE_TITLES.kengetallen);
  note("Per maand zoals opgeslagen in de maandelijkse kengetallen van de regio; – betekent: geen gegevens voor die maand.");
  drawTable(doc, shown(reportTable(report, "kengetallen")!), [5, 1.2, 1.2, 1.2, 1.2], 8.5);

  const need = shown(reportTable(report, "behoefte")!);
  const NEED_WEIGHTS = [2.1, 1.8, 0.8, 1.05, 0.9, 0.9, 0.9, 0.9, 1.3, 1.3, 1.7, 1.3, 1.2, 1.7, 1.2];
  heading(REPORT_TABLE_TITLES.behoefte, tableHeight(doc, need.slice(0, 4), NEED_WEIGHTS, 7));
  note(
    "Per zorgvorm (alle) en per gevraagde expertise: kinderen met een lopende aanmelding in het kwartaal, wat zij kregen, afwijzingen per reden en de plekken van gecontracteerde locaties van de regio.",
  );
  if (need.length > 1) drawTable(doc, need, NEED_WEIGHTS, 7);
  else note("Geen aanmeldingen in dit kwartaal.");
  note(SUPPLY_VERDICTS.map((v) => `${SUPPLY_VERDICT_LABELS[v].label}: ${SUPPLY_VERDICT_LABELS[v].definition}`).join(" "));

  const { windows, items } = report.projection;
  const projection = shown(reportTable(report, "prognose")!);
  const PROJECTION_WEIGHTS = [2.4, 1.4, 1.4, 0.8, 1, 1.2, 0.8, 0.8];
  heading(REPORT_TABLE_TITLES.prognose, tableHeight(doc, projection, PROJECTION_WEIGHTS, 8.5) + chartHeight(items.length) + 30);
  note(
    `${PROJECTION_METHOD} Periode: ${dutchDate(windows.current.from)} tot ${dutchDate(windows.current.to)}, vergeleken met ${dutchDate(windows.previous.from)} tot ${dutchDate(windows.previous.to)}.`,
  );
  if (projection.length > 1) {
    drawTable(doc, projection, PROJECTION_WEIGHTS, 8.5);
    drawPlacesChart(
      doc,
      items.map((p) => ({ label: codeLabel("careType", p.careType), needed: p.placesNeeded, contracted: p.contractedPlaces })),
    );
  } else note("Geen vraag en geen gecontracteerde plekken in de afgelopen twee jaar.");

  const money = reportTable(report, "afrekeningen");
  const MONEY_WEIGHTS = [2.6, 1.1, 1.1, 1.2, 0.8, 1.2, 1.2, 1.2, 1.2];
  const moneyRows = money && shown(money, [3, 5, 6, 7]);
  heading(
    `${REPORT_TABLE_TITLES.afrekeningen} ${report.quarter.year}`,
    moneyRows ? tableHeight(doc, moneyRows.slice(0, 4), MONEY_WEIGHTS, 8.5) : 20,
  );
  if (!moneyRows) note("Alleen zichtbaar voor regiobeheerders.");
  else if (moneyRows.length === 1) note(`Nog geen garantieafrekeningen over ${report.quarter.year}.`);
  else drawTable(doc, moneyRows, MONEY_WEIGHTS, 8.5);

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(7.5)
      .fillColor("#555555")
      .text(
        `Samen Sturen ${report.quarter.label} · ${report.region.name} · pagina ${i + 1} van ${range.count}`,
        doc.page.margins.left,
        doc.page.height - 24,
        { width: doc.page.width - doc.page.margins.left - doc.page.margins.right, align: "right", lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
