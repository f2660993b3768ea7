import { PHASE_OUT_TARGET_YEAR, type OpenArea, type OpenMetricDefinition } from "@jeugdregie/domain";
import { Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import { figureText, figureValue, type FigureLookup } from "../../lib/national/view.ts";
import { Definitions, MetricHeader } from "./Definitions.tsx";
import { PhaseOutChart } from "./PhaseOutChart.tsx";

const CLOSED = "jeugdzorgplus";

/**
 * Closed places (JeugdzorgPlus) against the phase-out path to zero in 2030, per landsdeel and for
 * the country (issue 14): the supra layer's plans for this year against the places there are now,
 * as the release published them.
 */
export function PhaseOut({
  areas,
  lookup,
  definitions,
  asOf,
}: {
  areas: Pick<OpenArea, "areaType" | "code" | "name">[];
  lookup: FigureLookup;
  definitions: OpenMetricDefinition[];
  asOf: string;
}) {
  const year = Number(asOf.slice(0, 4));
  const rows = areas.map((a) => ({
    area: a,
    actual: lookup(a.areaType, a.code, "places", CLOSED),
    planned: lookup(a.areaType, a.code, "closed_places_planned"),
    over: lookup(a.areaType, a.code, "closed_places_over_plan"),
  }));
  const left = PHASE_OUT_TARGET_YEAR - year;
  return (
    <section aria-labelledby="afbouw">
      <Heading level={2} id="afbouw">
        Afbouw gesloten plaatsen naar 0 in 2030
      </Heading>
      <Paragraph>
        De gesloten plaatsen (JeugdzorgPlus) van elk landsdeel nu, tegen wat de afbouwplannen van het bovenregionaal verband voor {year}{" "}
        toestaan. {left > 0 ? `Nog ${left} jaar tot nul in ${PHASE_OUT_TARGET_YEAR}.` : `In ${PHASE_OUT_TARGET_YEAR} is het doel nul.`}
      </Paragraph>
      <PhaseOutChart
        title={`Gesloten plaatsen nu tegen het afbouwplan voor ${year}, per landsdeel`}
        description={`Per landsdeel twee balken: de plaatsen JeugdzorgPlus op de peildatum en de plaatsen volgens het afbouwplan voor ${year}. Het doel is nul in ${PHASE_OUT_TARGET_YEAR}. De tabel hieronder geeft dezelfde cijfers.`}
        year={year}
        rows={rows.map((r) => ({
          label: r.area.name,
          actual: { value: figureValue(r.actual), text: figureText(r.actual, "places") },
          planned: { value: figureValue(r.planned), text: figureText(r.planned, "places") },
        }))}
      />
      <Table caption={`Gesloten plaatsen per landsdeel en landelijk, tegen het afbouwplan voor ${year}`}>
        <TableHead
          columns={[
            "Gebied",
            "Gesloten plaatsen nu",
            <MetricHeader key="p" definitions={definitions} metric="closed_places_planned" />,
            <MetricHeader key="o" definitions={definitions} metric="closed_places_over_plan" />,
            `Doel ${PHASE_OUT_TARGET_YEAR}`,
          ]}
        />
        <TableBody>
          {rows.map((r) => (
            <Row key={`${r.area.areaType}-${r.area.code}`}>
              <Cell>{r.area.name}</Cell>
              {(
                [
                  ["actual", r.actual],
                  ["planned", r.planned],
                  ["over", r.over],
                ] as const
              ).map(([name, figure]) => (
                <Cell key={name} numeric>
                  <span data-testid={`phase-out-${r.area.code}-${name}`}>{figureText(figure, "places")}</span>
                </Cell>
              ))}
              <Cell numeric>0</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Definitions definitions={definitions} metrics={["places", "closed_places_planned", "closed_places_over_plan"]} />
    </section>
  );
}

/** Hybrid places and places with 24-hour support, where the areas' locations record them. */
export function RecordedPlaces({
  areas,
  lookup,
  definitions,
}: {
  areas: Pick<OpenArea, "areaType" | "code" | "name">[];
  lookup: FigureLookup;
  definitions: OpenMetricDefinition[];
}) {
  const metrics = ["hybrid_places", "round_the_clock_places"] as const;
  return (
    <section aria-labelledby="hybride">
      <Heading level={2} id="hybride">
        Hybride plaatsen en 24-uursondersteuning
      </Heading>
      <Paragraph>Waar de locaties het vastleggen; &ldquo;niet geregistreerd&rdquo; waar geen locatie in het gebied dat doet.</Paragraph>
      <Table caption="Hybride plaatsen en plaatsen met 24-uursondersteuning, per gebied">
        <TableHead columns={["Gebied", ...metrics.map((m) => <MetricHeader key={m} definitions={definitions} metric={m} />)]} />
        <TableBody>
          {areas.map((a) => (
            <Row key={`${a.areaType}-${a.code}`}>
              <Cell>{a.name}</Cell>
              {metrics.map((m) => (
                <Cell key={m} numeric>
                  <span data-testid={`recorded-${a.code}-${m}`}>{figureText(lookup(a.areaType, a.code, m), "places")}</span>
                </Cell>
              ))}
            </Row>
          ))}
        </TableBody>
      </Table>
      <Definitions definitions={definitions} metrics={metrics} />
    </section>
  );
}
