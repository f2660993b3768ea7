import { Form, Link } from "react-router";
import { subject } from "@jeugdregie/auth";
import { CARE_TYPES, codeLabel } from "@jeugdregie/domain";
import { Alert, Button, FormField, Heading, Options, Paragraph, ScrollArea, Select } from "@jeugdregie/ui";
import type { Route } from "./+types/figures";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { dateTime } from "../lib/format.ts";
import { kpiValue, monthLabel } from "../lib/kpi-format.ts";
import { KpiChart } from "../components/KpiChart.tsx";
import { cursorFrom, Pager } from "../components/Pager.tsx";
import { figureFilterFrom, rowsHref } from "../lib/figures-filter.ts";

/** The URL parameter of the long-waits list's cursor. */
const LONG_WAITS_PAGE = "aanbieders-na";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const filter = figureFilterFrom(new URL(request.url).searchParams);
  const dashboard = await caller.kpi.dashboard(filter).catch(rethrowAsResponse);
  const longWaits = await caller.kpi
    .longWaits({ month: dashboard.toMonth, cursor: cursorFrom(request, LONG_WAITS_PAGE) })
    .catch(rethrowAsResponse);
  const regionId = viewer.scope.regionId ?? "";
  // The rows behind a number are child data: the placement point's coordinators (the API decides again).
  const mayDrill = viewer.ability.can("manage", subject("PlacementPoint", { regionId }));
  return { dashboard, longWaits, mayDrill };
}

export const meta = () => [{ title: "Cijfers van de regio · Jeugdregie" }];

export default function Figures({ loaderData }: Route.ComponentProps) {
  const { dashboard, longWaits, mayDrill } = loaderData;
  const { filter, toMonth } = dashboard;
  const drill = (kpi: string, month: string, more: { providerId?: string; breakdown?: string } = {}) =>
    mayDrill ? rowsHref(kpi, month, { ...filter, ...more }) : null;
  return (
    <>
      <Heading level={1}>Cijfers van de regio</Heading>
      <Paragraph lead>
        Kengetallen per maand, van {monthLabel(dashboard.fromMonth, true)} tot en met {monthLabel(toMonth, true)}. Een maand zonder gegevens
        staat als &ldquo;geen gegevens&rdquo;, niet als 0. Bij elk kengetal staat wat er precies geteld wordt.
      </Paragraph>
      <Form method="get" className="jr-form-row" aria-label="Filters">
        <FormField label="Zorgvorm" htmlFor="zorgvorm">
          <Select id="zorgvorm" name="zorgvorm" defaultValue={filter.careType ?? ""}>
            <option value="">Alle zorgvormen</option>
            <Options values={CARE_TYPES} label={(c) => codeLabel("careType", c)} />
          </Select>
        </FormField>
        <FormField label="Aanbieder" htmlFor="aanbieder">
          <Select id="aanbieder" name="aanbieder" defaultValue={filter.providerId ?? ""}>
            <option value="">Alle aanbieders</option>
            {dashboard.providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label="Gemeente (woonplaats kind)" htmlFor="gemeente">
          <Select id="gemeente" name="gemeente" defaultValue={filter.municipalityCode ?? ""}>
            <option value="">Alle gemeenten</option>
            {dashboard.municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </Select>
        </FormField>
        <Button appearance="secondary">Toon</Button>
      </Form>
      <Paragraph muted>
        De cijfers worden per zorgvorm, per aanbieder of per gemeente bewaard: kies één filter tegelijk.{" "}
        {dashboard.computedAt ? `Laatst berekend: ${dateTime(dashboard.computedAt)}.` : "Er zijn nog geen cijfers berekend."}
        {!mayDrill && " Alleen coördinatoren van het centraal punt zien de aanmeldingen achter een getal."}
      </Paragraph>

      {dashboard.notStored && <Alert type="warning">{dashboard.notStored}</Alert>}
      <section aria-labelledby="lang-wachtend" className="jr-figure">
        <Heading level={2} id="lang-wachtend">
          Wachtlijst langer dan vier maanden, per aanbieder ({monthLabel(longWaits.month, true)})
        </Heading>
        <Paragraph muted>
          Bij wachtlijsten langer dan vier maanden vraagt de regio de aanbieder om een herstelplan. Een kind telt bij de aanbieder van zijn
          laatste voorlegging.
        </Paragraph>
        <ScrollArea label="Wachtende kinderen per aanbieder">
          <table className="utrecht-table utrecht-table--html-table" data-testid="long-waits">
            <caption className="utrecht-table__caption">Wachtende kinderen per aanbieder</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {["Aanbieder", "Op de wachtlijst", "Langer dan vier maanden", "Signaal"].map((c) => (
                  <th key={c} scope="col" className="utrecht-table__header-cell">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {longWaits.items.map((row) => {
                const to = row.overFourMonths > 0 ? drill("long_wait", longWaits.month, { providerId: row.providerId }) : null;
                return (
                  <tr key={row.providerId} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {row.providerName}
                    </th>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{row.waiting}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">
                      {to ? (
                        <Link
                          className="utrecht-link"
                          to={to}
                          aria-label={`${row.overFourMonths} kinderen bij ${row.providerName}: bekijk`}
                        >
                          {row.overFourMonths}
                        </Link>
                      ) : (
                        row.overFourMonths
                      )}
                    </td>
                    <td className="utrecht-table__cell">
                      {row.needsRecoveryPlan ? <strong className="jr-flag">Herstelplan vragen</strong> : "Geen"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollArea>
        {longWaits.items.length === 0 && <Paragraph muted>Geen gegevens voor deze maand.</Paragraph>}
        <Pager nextCursor={longWaits.nextCursor} param={LONG_WAITS_PAGE} />
      </section>

      {dashboard.kpis.map((kpi) => {
        const latest = kpi.series.at(-1) ?? null;
        const reasons = kpi.breakdowns.map((b) => ({ name: codeLabel("declineReason", b.code), points: b.series, code: b.code }));
        return (
          <section key={kpi.key} aria-labelledby={`kpi-${kpi.key}`} className="jr-figure" data-testid={`kpi-${kpi.key}`}>
            <Heading level={2} id={`kpi-${kpi.key}`}>
              {kpi.label}
            </Heading>
            <div className="jr-figure__head">
              <p className="jr-figure__number">
                <span className="jr-figure__value" data-testid={`value-${kpi.key}`}>
                  {kpi.missing ? "—" : kpiValue(kpi.unit, latest?.value ?? null)}
                </span>
                <span className="jr-muted"> {monthLabel(toMonth, true)}</span>
                {latest?.denominator != null && kpi.unit !== "days" && <span className="jr-muted"> (van {latest.denominator})</span>}
              </p>
              <p className="jr-figure__definition">
                <strong>Definitie: </strong>
                {kpi.definition}
              </p>
            </div>
            {kpi.missing ? (
              !dashboard.notStored && <Alert type="info">{kpi.missing}</Alert>
            ) : (
              <KpiChart
                id={kpi.key}
                label={kpi.label}
                unit={kpi.unit}
                stacked={reasons.length > 0}
                series={reasons.length > 0 ? reasons : [{ name: "Waarde", points: kpi.series }]}
                rowsLink={kpi.drillable ? (month, j) => drill(kpi.key, month, reasons[j] ? { breakdown: reasons[j].code } : {}) : undefined}
              />
            )}
          </section>
        );
      })}
    </>
  );
}
