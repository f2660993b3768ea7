import type { OpenFigure, OpenMetricDefinition } from "@jeugdregie/domain";
import { Heading, ScrollArea } from "@jeugdregie/ui";
import { date } from "../../lib/format.ts";
import { figureText, figureValue } from "../../lib/national/view.ts";
import { LineChart } from "./charts.tsx";
import { Definitions, labelOf } from "./Definitions.tsx";

interface TrendData {
  definitions: OpenMetricDefinition[];
  points: { asOf: string; places: OpenFigure | null; occupied: OpenFigure | null; waiting: OpenFigure | null }[];
}

/** Places and occupied places of the chosen care type, and the waiting list, week by week: two charts, one table with the same figures under them. */
export function Trend({ trend, areaName, careName }: { trend: TrendData; areaName: string; careName: string }) {
  const { definitions, points } = trend;
  if (points.length === 0) return null;
  const labels = points.map((p) => date(p.asOf).replace(/ \d{4}$/, ""));
  const label = (m: "places" | "occupied" | "waiting_list") => labelOf(definitions, m);
  return (
    <section aria-labelledby="ontwikkeling">
      <Heading level={2} id="ontwikkeling">
        Ontwikkeling per week, {areaName}
      </Heading>
      <div className="jr-nat-chart-pair">
        <LineChart
          title={`${label("places")} en ${label("occupied").toLowerCase()}, ${careName}, ${areaName}`}
          description={`Per peildatum van ${date(points[0]!.asOf)} tot ${date(points.at(-1)!.asOf)}. Een onderbroken lijn is een afgeschermd cijfer. De tabel hieronder geeft dezelfde cijfers.`}
          labels={labels}
          series={[
            { label: `${label("places")} (${careName})`, values: points.map((p) => figureValue(p.places ?? undefined)) },
            { label: `${label("occupied")} (${careName})`, values: points.map((p) => figureValue(p.occupied ?? undefined)) },
          ]}
        />
        <LineChart
          title={`${label("waiting_list")}, ${areaName}`}
          description="Per peildatum, alle zorgvormen. De tabel hieronder geeft dezelfde cijfers."
          labels={labels}
          series={[{ label: label("waiting_list"), values: points.map((p) => figureValue(p.waiting ?? undefined)) }]}
        />
      </div>
      <ScrollArea label="Cijfers van de grafieken">
        <table className="utrecht-table utrecht-table--html-table" data-testid="trend-table">
          <caption className="utrecht-table__caption">De cijfers van de grafieken, per peildatum</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {["Peildatum", `${label("places")} (${careName})`, `${label("occupied")} (${careName})`, label("waiting_list")].map((h) => (
                <th key={h} scope="col" className="utrecht-table__header-cell">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {points.map((p) => (
              <tr key={p.asOf} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {date(p.asOf)}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{figureText(p.places ?? undefined, "places")}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{figureText(p.occupied ?? undefined, "children")}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{figureText(p.waiting ?? undefined, "children")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <Definitions definitions={definitions} metrics={["places", "occupied", "waiting_list"]} />
    </section>
  );
}
