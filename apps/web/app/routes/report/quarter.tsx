import { codeLabel, kpiCell, monthLabel, REPORT_TABLE_TITLES, type ReportKpi, type ReportTable } from "@jeugdregie/domain";
import { Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/quarter";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { euro, date } from "../../lib/format.ts";
import { NeedSupplyTable, PlacesProjectionSection } from "../../components/NeedSupply.tsx";

/** The printable quarterly report "Samen Sturen" of one region and quarter (the API refuses another region, bad and future quarters). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const report = await caller.report.quarter({ regionId: params.regionId, quarter: params.quarter }).catch(rethrowAsResponse);
  return { report, regionId: params.regionId, madeAt: new Date().toISOString() };
}

const UNIT = { share: "%", days: "dagen", count: "aantal" } as const;

function KpiTable({ kpis, months }: { kpis: ReportKpi[]; months: string[] }) {
  return (
    <Table caption="Kengetallen van de regio als geheel, per maand">
      <TableHead columns={["Kengetal", "Eenheid", ...months.map(monthLabel)]} />
      <TableBody>
        {kpis.map((k) => (
          <Row key={k.key}>
            <Cell>
              <details className="jr-kpi-definition">
                <summary>{k.label}</summary>
                <p>{k.definition}</p>
              </details>
            </Cell>
            <Cell>{UNIT[k.unit]}</Cell>
            {k.values.map((v, i) => (
              <Cell numeric key={months[i]}>
                {v === null ? <span title="geen gegevens">–</span> : kpiCell(k.unit, v)}
              </Cell>
            ))}
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}

/** On paper a definition cannot be opened: the printed report lists them under the table. */
function KpiDefinitions({ kpis }: { kpis: ReportKpi[] }) {
  return (
    <dl className="jr-definitions jr-print-only">
      {kpis.map((k) => (
        <div key={k.key}>
          <dt>{k.label}:</dt> <dd>{k.definition}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function QuarterReportPage({ loaderData }: Route.ComponentProps) {
  const { report, regionId, madeAt } = loaderData;
  const { quarter, region, money } = report;
  const base = `/rapportage/${regionId}/${quarter.quarter}`;
  const csv = (table: ReportTable) => (
    <p className="jr-no-print">
      <a className="utrecht-link" href={`${base}/tabellen/${table}`} download>
        {REPORT_TABLE_TITLES[table]} downloaden (CSV)
      </a>
    </p>
  );
  return (
    <article className="jr-report">
      <header className="jr-report__title">
        <Heading level={1}>Samen Sturen</Heading>
        <Paragraph lead>
          Kwartaalrapportage {quarter.label} · {region.name}
        </Paragraph>
        <Paragraph muted>
          Gemaakt op {date(madeAt)}. Kengetallen, behoefte tegenover aanbod en geld van de regio in één overzicht. Cijfers over kinderen
          zijn aantallen, nooit personen.
        </Paragraph>
        <p className="jr-no-print jr-form-row">
          <a className="utrecht-button utrecht-button--primary-action" href={`${base}/downloaden`}>
            PDF downloaden
          </a>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
            Afdrukken
          </button>
          <a className="utrecht-link" href="/rapportage">
            Ander kwartaal
          </a>
        </p>
      </header>

      <section aria-labelledby="kengetallen">
        <Heading level={2} id="kengetallen">
          {REPORT_TABLE_TITLES.kengetallen}
        </Heading>
        <Paragraph muted>
          Zoals opgeslagen in de maandelijkse kengetallen; – betekent: geen gegevens voor die maand.{" "}
          <span className="jr-no-print">Open een kengetal voor de definitie.</span>
        </Paragraph>
        <KpiTable kpis={report.kpis} months={quarter.months} />
        <KpiDefinitions kpis={report.kpis} />
        {csv("kengetallen")}
      </section>

      <section aria-labelledby="behoefte">
        <Heading level={2} id="behoefte">
          {REPORT_TABLE_TITLES.behoefte}
        </Heading>
        <NeedSupplyTable
          rows={report.rows}
          caption={`Kinderen met een lopende aanmelding in ${quarter.label}, per zorgvorm en expertise`}
        />
        {csv("behoefte")}
      </section>

      <PlacesProjectionSection projection={report.projection} />
      {csv("prognose")}

      <section aria-labelledby="geld">
        <Heading level={2} id="geld">
          {REPORT_TABLE_TITLES.afrekeningen} {quarter.year}
        </Heading>
        {money === null ? (
          <Paragraph muted>Alleen zichtbaar voor regiobeheerders.</Paragraph>
        ) : money.settlements.length === 0 ? (
          <Paragraph muted>Nog geen garantieafrekeningen over {money.year}.</Paragraph>
        ) : (
          <>
            <Table caption={`Garantieafrekeningen ${money.year}`}>
              <TableHead columns={["Aanbieder", "Periode", "Garantiebedrag", "Etmalen", "P x Q", "Meegeteld", "Af te rekenen", "Status"]} />
              <TableBody>
                {money.settlements.map((s, i) => (
                  <Row key={i}>
                    <Cell>{s.providerName}</Cell>
                    <Cell>
                      {date(s.periodStart)} t/m {date(s.periodEnd)}
                    </Cell>
                    <Cell numeric>{euro(s.guaranteeCents)}</Cell>
                    <Cell numeric>{s.placementDays}</Cell>
                    <Cell numeric>{euro(s.pxqCents)}</Cell>
                    <Cell numeric>{euro(s.countedCents)}</Cell>
                    <Cell numeric>
                      <strong>{euro(s.settlementCents)}</strong>
                    </Cell>
                    <Cell>{codeLabel("settlementStatus", s.status)}</Cell>
                  </Row>
                ))}
              </TableBody>
            </Table>
            {csv("afrekeningen")}
          </>
        )}
      </section>
    </article>
  );
}
