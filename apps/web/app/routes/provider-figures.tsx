import { Form } from "react-router";
import { codeLabel, DECLINE_REASONS } from "@jeugdregie/domain";
import { Button, Cell, FormField, Heading, Paragraph, Row, Select, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/provider-figures";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { euro } from "../lib/format.ts";
import { kpiValue, monthLabel } from "../lib/kpi-format.ts";
import { KpiChart } from "../components/KpiChart.tsx";
import { cursorFrom, Pager } from "../components/Pager.tsx";
import { declinesPerReason, monthsBetween, seriesPerRegion } from "../components/provider-figures/figure-series.ts";
import { RequestedKpis } from "../components/provider-figures/RequestedKpis.tsx";

const KPI_PAGE = "kengetallen-na";
const monthParam = (params: URLSearchParams, name: string) => params.get(name) || undefined;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const params = new URL(request.url).searchParams;
  const months = { fromMonth: monthParam(params, "van"), toMonth: monthParam(params, "tot") };
  const [figures, values, requests, settlements] = await Promise.all([
    caller.provider.figures({ ...months, cursor: cursorFrom(request), limit: 100 }),
    caller.provider.kpiValues({ ...months, cursor: cursorFrom(request, KPI_PAGE), limit: 100 }),
    caller.provider.kpiRequests({ limit: 100 }),
    caller.provider.settlements({ limit: 100 }),
  ]).catch(rethrowAsResponse);
  return { figures, values, requests, settlements, region: params.get("regio") ?? "" };
}

export const meta = () => [{ title: "Onze cijfers · Jeugdregie" }];

const hours = (value: number | null) => (value === null ? "geen gegevens" : `${kpiValue("count", value)} uur`);

export default function ProviderFigures({ loaderData }: Route.ComponentProps) {
  const { figures, values, requests, settlements } = loaderData;
  const { fromMonth, toMonth, items } = figures;
  // The table shows one region at a time (the charts all of them): the page's regions, the chosen or the first.
  const regions = [...new Map(items.map((r) => [r.regionId, r.regionName])).entries()];
  const region = regions.find(([id]) => id === loaderData.region)?.[0] ?? regions[0]?.[0] ?? "";
  const rows = items.filter((r) => r.regionId === region);
  const months = monthsBetween(fromMonth, toMonth);
  const period = `van=${fromMonth}&tot=${toMonth}`;
  return (
    <>
      <Heading level={1}>Onze cijfers</Heading>
      <Paragraph lead>
        De cijfers van uw organisatie per regio waarvoor u werkt, van {monthLabel(fromMonth, true)} tot en met {monthLabel(toMonth, true)}:
        bezetting van uw locaties, voorleggingen en hoe u ze beantwoordde, plaatsingen en het bedrag dat erbij hoort. U ziet alleen uw eigen
        cijfers.
      </Paragraph>
      <Form method="get" className="jr-form-row" aria-label="Periode">
        <FormField label="Van maand" htmlFor="van">
          <Textbox id="van" name="van" type="month" defaultValue={fromMonth} />
        </FormField>
        <FormField label="Tot en met maand" htmlFor="tot">
          <Textbox id="tot" name="tot" type="month" defaultValue={toMonth} />
        </FormField>
        <FormField label="Regio in de tabel" htmlFor="regio">
          <Select id="regio" name="regio" defaultValue={region}>
            {regions.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </Select>
        </FormField>
        <Button appearance="secondary">Toon</Button>
      </Form>
      <Paragraph>
        <a className="utrecht-link" href={`/aanbieder/cijfers/downloaden?tabel=cijfers&${period}`} download data-testid="download-figures">
          Download deze cijfers (CSV)
        </a>
      </Paragraph>
      {items.length === 0 && <Paragraph muted>U werkt nog voor geen enkele regio: er zijn geen cijfers.</Paragraph>}

      <section aria-labelledby="bezetting" className="jr-figure" data-testid="figure-occupancy">
        <Heading level={2} id="bezetting">
          Bezettingsgraad van uw locaties
        </Heading>
        <p className="jr-figure__definition">
          <strong>Definitie: </strong>bezette plaatsdagen gedeeld door beschikbare plaatsdagen (capaciteit maal dagen) van uw locaties in de
          regio, ook bezet door kinderen uit andere regio&apos;s; voor de lopende maand tot vandaag. Een maand zonder bezette plaatsdag
          heeft geen waarde.
        </p>
        <KpiChart
          id="bezetting"
          label="Bezettingsgraad per regio"
          unit="share"
          series={seriesPerRegion(items, months, (r) => ({ value: r.occupancy, numerator: r.occupiedDays, denominator: r.capacityDays }))}
        />
      </section>

      <section aria-labelledby="voorleggingen" className="jr-figure" data-testid="figure-offers">
        <Heading level={2} id="voorleggingen">
          Ontvangen voorleggingen
        </Heading>
        <p className="jr-figure__definition">
          <strong>Definitie: </strong>voorleggingen die de regio in de maand aan u stuurde (Nederlandse tijd).
        </p>
        <KpiChart
          id="voorleggingen"
          label="Voorleggingen per regio"
          unit="count"
          series={seriesPerRegion(items, months, (r) => ({ value: r.offersReceived }))}
        />
      </section>

      <section aria-labelledby="afwijzingen" className="jr-figure" data-testid="figure-declines">
        <Heading level={2} id="afwijzingen">
          Afwijzingen per reden
        </Heading>
        <p className="jr-figure__definition">
          <strong>Definitie: </strong>voorleggingen die u in de maand afwees, per gecodeerde reden, over al uw regio&apos;s samen.
        </p>
        <KpiChart
          id="afwijzingen"
          label="Afwijzingen per reden"
          unit="count"
          stacked
          series={declinesPerReason(items, months, DECLINE_REASONS, (code) => codeLabel("declineReason", code))}
        />
      </section>

      <section aria-labelledby="geld" className="jr-figure" data-testid="figure-money">
        <Heading level={2} id="geld">
          P x Q in euro
        </Heading>
        <p className="jr-figure__definition">
          <strong>Definitie: </strong>etmalen van de plaatsingen van de regio bij u in de maand (eerste dag telt, vertrekdag niet) maal het
          tarief per etmaal van de intensiteit van de locatie, volgens de tarieftabel van de regio. Etmalen op een locatie zonder
          intensiteit tellen niet mee en staan apart in de tabel hieronder.
        </p>
        <KpiChart
          id="geld"
          label="P x Q per regio (euro)"
          unit="count"
          series={seriesPerRegion(items, months, (r) => ({ value: Math.round(r.pxqCents / 100) }))}
        />
      </section>

      <section aria-labelledby="alle-cijfers" className="jr-figure">
        <Heading level={2} id="alle-cijfers">
          Alle cijfers van {regions.find(([id]) => id === region)?.[1] ?? "de regio"} per maand
        </Heading>
        <Paragraph muted>Kies hierboven een andere regio; de download bevat alle regio&apos;s.</Paragraph>
        <Table caption="Cijfers per maand">
          <TableHead
            columns={[
              "Regio",
              "Maand",
              "Bezettingsgraad",
              "Ontvangen",
              "Geaccepteerd",
              "Afgewezen",
              "Reactietijd (mediaan)",
              "Plaatsingen gestart",
              "Plaatsingen beëindigd",
              "Etmalen",
              "P x Q",
              "Etmalen zonder intensiteit",
            ]}
          />
          <TableBody>
            {rows.map((r) => (
              <Row key={`${r.regionId}-${r.month}`}>
                <Cell>{r.regionName}</Cell>
                <Cell>{monthLabel(r.month)}</Cell>
                <Cell numeric>{kpiValue("share", r.occupancy)}</Cell>
                <Cell numeric>{r.offersReceived}</Cell>
                <Cell numeric>{r.accepted}</Cell>
                <Cell numeric>{r.declined}</Cell>
                <Cell numeric>{hours(r.responseHoursMedian)}</Cell>
                <Cell numeric>{r.placementsStarted}</Cell>
                <Cell numeric>{r.placementsEnded}</Cell>
                <Cell numeric>{r.pxqDays}</Cell>
                <Cell numeric>{euro(r.pxqCents)}</Cell>
                <Cell numeric>{r.unpricedDays}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
        <Pager nextCursor={figures.nextCursor} />
      </section>

      <RequestedKpis
        requests={requests.items}
        values={values.items}
        nextCursor={values.nextCursor}
        pageParam={KPI_PAGE}
        download={`/aanbieder/cijfers/downloaden?tabel=kengetallen&${period}`}
      />

      <section aria-labelledby="garantie" className="jr-figure" data-testid="provider-settlements">
        <Heading level={2} id="garantie">
          Garantieafrekeningen
        </Heading>
        <Paragraph muted>
          De jaarlijkse afrekening van uw garantiecontracten zoals de regio die berekende (alleen lezen): valt de P x Q-omzet met 10%
          leegstand onder het garantiebedrag, dan betaalt de regio het verschil.
        </Paragraph>
        <Table caption="Garantieafrekeningen per regio en jaar">
          <TableHead columns={["Regio", "Jaar", "Garantiebedrag", "P x Q", "Meegeteld", "Af te rekenen", "Status"]} />
          <TableBody>
            {settlements.items.map((s) => (
              <Row key={s.id}>
                <Cell>{s.regionName}</Cell>
                <Cell>{s.year}</Cell>
                <Cell numeric>{euro(s.guaranteeCents)}</Cell>
                <Cell numeric>{euro(s.pxqCents)}</Cell>
                <Cell numeric>{euro(s.countedCents)}</Cell>
                <Cell numeric>{euro(s.settlementCents)}</Cell>
                <Cell>{codeLabel("settlementStatus", s.status)}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
        {settlements.items.length === 0 && <Paragraph muted>Er zijn geen garantieafrekeningen voor u.</Paragraph>}
      </section>
    </>
  );
}
