import { Heading, Paragraph, ScrollArea } from "@jeugdregie/ui";
import type { OwnFigure } from "../../lib/national/own-figures.server.ts";

const COUNT = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const SHARE = new Intl.NumberFormat("nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MONTH = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });

const valueText = (f: OwnFigure) =>
  f.value === null
    ? "nog geen maandcijfer"
    : f.unit === "share"
      ? SHARE.format(f.value)
      : f.unit === "days"
        ? `${COUNT.format(f.value)} dagen`
        : COUNT.format(f.value);

/**
 * The region's own unrounded figures (its KPI snapshots), set apart from the published ones: only
 * the region's own people see them, they are monthly, and their definitions are the KPIs' own.
 */
export function OwnFigures({ figures, regionName }: { figures: OwnFigure[]; regionName: string }) {
  return (
    <section aria-labelledby="eigen-cijfers" data-testid="own-figures">
      <Heading level={2} id="eigen-cijfers">
        Eigen kengetallen van {regionName} (niet afgerond)
      </Heading>
      <Paragraph>
        Alleen voor de eigen regio: de maandcijfers uit de kengetallen van de regio, niet afgerond en niet afgeschermd. Ze hebben hun eigen
        definities (per maand), dus ze wijken af van de afgeronde weekcijfers hierboven; vergelijk de regio met het land met de cijfers
        hierboven.
      </Paragraph>
      <ScrollArea label="Eigen kengetallen">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Laatste maand met een cijfer</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {["Kengetal", "Waarde", "Maand", "Definitie"].map((h) => (
                <th key={h} scope="col" className="utrecht-table__header-cell">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {figures.map((f) => (
              <tr key={f.kpi} className="utrecht-table__row" data-kpi={f.kpi}>
                <th scope="row" className="utrecht-table__header-cell">
                  {f.label}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{valueText(f)}</td>
                <td className="utrecht-table__cell">{f.month ? MONTH.format(new Date(`${f.month}-01T00:00:00Z`)) : ""}</td>
                <td className="utrecht-table__cell">
                  <small>{f.definition}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
