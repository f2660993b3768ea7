import { codeLabel, OPEN_CARE_TYPES, type AreaType, type OpenMetricDefinition } from "@jeugdregie/domain";
import { Cell, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import { figureText, figureValue, type FigureLookup } from "../../lib/national/view.ts";
import { BarChart } from "./charts.tsx";
import { Definitions, labelOf, MetricHeader } from "./Definitions.tsx";

const METRICS = ["places", "occupied", "free", "occupancy"] as const;

/**
 * Capacity, occupancy and free places of every care type with places (JeugdzorgPlus, driemilieus
 * and the other residential and supra-regional functions) for one area: a bar chart of the
 * occupancy, and the table with the same figures under it.
 */
export function CapacityTable({
  areaType,
  area,
  areaName,
  lookup,
  definitions,
}: {
  areaType: AreaType;
  area: string;
  areaName: string;
  lookup: FigureLookup;
  definitions: OpenMetricDefinition[];
}) {
  const occupancy = OPEN_CARE_TYPES.map((c) => ({ careType: c, figure: lookup(areaType, area, "occupancy", c) }));
  return (
    <>
      <BarChart
        title={`${labelOf(definitions, "occupancy")} per zorgvorm, ${areaName}`}
        description="Bezette plaatsen gedeeld door plaatsen, per zorgvorm. De tabel hieronder geeft dezelfde cijfers."
        share
        bars={occupancy.map(({ careType, figure }) => ({
          label: codeLabel("careType", careType),
          value: figureValue(figure),
          text: figureText(figure, "share"),
        }))}
      />
      <Table caption={`Capaciteit en bezetting per zorgvorm, ${areaName}`}>
        <TableHead columns={["Zorgvorm", ...METRICS.map((m) => <MetricHeader key={m} definitions={definitions} metric={m} />)]} />
        <TableBody>
          {OPEN_CARE_TYPES.map((careType) => (
            <Row key={careType}>
              <Cell>{codeLabel("careType", careType)}</Cell>
              {METRICS.map((m) => (
                <Cell key={m} numeric>
                  <span data-testid={`capacity-${careType}-${m}`}>
                    {figureText(lookup(areaType, area, m, careType), m === "occupancy" ? "share" : "places")}
                  </span>
                </Cell>
              ))}
            </Row>
          ))}
        </TableBody>
      </Table>
      <Definitions definitions={definitions} metrics={METRICS} />
    </>
  );
}
