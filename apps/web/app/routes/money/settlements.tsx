import { Form, useNavigation } from "react-router";
import { codeLabel, dutchDate, GUARANTEE_VACANCY_PERCENT, isProviderRole } from "@jeugdregie/domain";
import { Alert, Button, Cell, FormField, Heading, Paragraph, Row, Select, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/settlements";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { euro } from "../../lib/format.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { cursorFrom, Pager } from "../../components/Pager.tsx";

const YEARS_SHOWN = 6;
/** The URL parameter of the contracts list's cursor (the settlements use the default). */
const CONTRACTS_PAGE = "contracten-na";

/** The year asked for in the URL (?jaar=2025), if it is one of the years shown. */
function askedYear(request: Request, current: number): number | null {
  const asked = Number(new URL(request.url).searchParams.get("jaar") ?? NaN);
  return Number.isInteger(asked) && asked <= current && asked > current - YEARS_SHOWN ? asked : null;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const current = new Date().getFullYear();
  const asked = askedYear(request, current);
  // Unasked, last year: the year a settlement is usually about; this year's (provisional) ones when last year has none.
  let year = asked ?? current - 1;
  const isAdmin = !isProviderRole(viewer.scope.role);
  let page = await caller.money.list({ year, cursor: cursorFrom(request) }).catch(rethrowAsResponse);
  if (asked === null && page.items.length === 0 && !cursorFrom(request)) {
    year = current;
    page = await caller.money.list({ year }).catch(rethrowAsResponse);
  }
  const tariffs = isAdmin ? (await caller.money.tariffs({ year }).catch(rethrowAsResponse)).tariffs : [];
  const contracts = isAdmin
    ? await caller.money.contracts({ year, cursor: cursorFrom(request, CONTRACTS_PAGE) }).catch(rethrowAsResponse)
    : { items: [], nextCursor: null };
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => current - i);
  return { year, years, isAdmin, settlements: page.items, nextCursor: page.nextCursor, tariffs, contracts };
}

/** Compute (request) the year's settlements, or approve one. */
export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    if (text(form, "intent") === "approve") {
      await caller.money.approve({ settlementId: text(form, "settlementId") });
      return { ok: true, message: "Afrekening goedgekeurd." };
    }
    const year = Number(text(form, "year"));
    const requested = await caller.money.request({ year });
    return {
      ok: true,
      message: `Berekening van ${requested.year} gestart voor ${requested.contracts} garantiecontract(en). Ververs de pagina over een paar seconden; een andere regiobeheerder keurt de uitkomst goed.`,
    };
  });
}

const hours = (n: number) => n.toFixed(1).replace(".", ",");

export default function Settlements({ loaderData, actionData }: Route.ComponentProps) {
  const { year, years, isAdmin, settlements, nextCursor, tariffs, contracts } = loaderData;
  const busy = useNavigation().state === "submitting";
  const unpriced = settlements.reduce((n, s) => n + s.unpricedDays, 0);
  return (
    <>
      <Heading level={1}>Garantieafrekeningen</Heading>
      <Paragraph lead>
        Bij een garantiebudget rekent de regio jaarlijks af: blijft de vergoeding voor geleverde zorg (P x Q: etmalen maal het tarief van de
        intensiteit) plus {GUARANTEE_VACANCY_PERCENT}% leegstand onder het garantiebedrag, dan betaalt de regio het verschil. Anders is er
        geen verrekening.
      </Paragraph>
      <Form method="get" className="jr-form-row">
        <FormField label="Jaar" htmlFor="jaar">
          <Select id="jaar" name="jaar" defaultValue={String(year)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </FormField>
        <Button appearance="secondary">Toon</Button>
      </Form>
      <FormMessages result={actionData} />
      {isAdmin && (
        <Form method="post" className="jr-form-row">
          <input type="hidden" name="year" value={year} />
          <Button disabled={busy} name="intent" value="request">
            Afrekening {year} berekenen
          </Button>
          <a className="utrecht-link" href={`/afrekeningen/${year}/downloaden`} download>
            Downloaden (CSV)
          </a>
        </Form>
      )}
      {unpriced > 0 && (
        <Alert type="warning">
          {unpriced} etmalen zijn niet meegeteld: hun locatie heeft geen intensiteit. Leg de intensiteit vast bij de locatie en bereken
          opnieuw.
        </Alert>
      )}
      <Table caption={`Afrekeningen ${year}`}>
        <TableHead
          columns={[
            "Aanbieder",
            ...(isAdmin ? [] : ["Regio"]),
            "Periode",
            "Garantiebedrag",
            "Etmalen",
            "P x Q",
            `${GUARANTEE_VACANCY_PERCENT}% leegstand`,
            "Meegeteld",
            "Af te rekenen",
            "Status",
          ]}
        />
        <TableBody>
          {settlements.map((s) => (
            <Row key={s.id}>
              <Cell>{s.providerName}</Cell>
              {!isAdmin && <Cell>{s.regionName}</Cell>}
              <Cell>
                {dutchDate(s.periodStart)} t/m {dutchDate(s.periodEnd)}
              </Cell>
              <Cell numeric>{euro(s.guaranteeCents)}</Cell>
              <Cell numeric>{s.placementDays}</Cell>
              <Cell numeric>{euro(s.pxqCents)}</Cell>
              <Cell numeric>{euro(s.vacancyCents)}</Cell>
              <Cell numeric>{euro(s.countedCents)}</Cell>
              <Cell numeric>
                <strong data-testid="settlement-amount">{euro(s.settlementCents)}</strong>
              </Cell>
              <Cell>
                {codeLabel("settlementStatus", s.status)}
                {s.approvedByName && ` door ${s.approvedByName}`}
                {isAdmin && s.mayApprove && (
                  <Form method="post">
                    <input type="hidden" name="settlementId" value={s.id} />
                    <Button disabled={busy} name="intent" value="approve" appearance="secondary">
                      Goedkeuren
                    </Button>
                  </Form>
                )}
                {isAdmin && s.status === "computed" && s.requestedByMe && (
                  <Paragraph muted>Door jou aangevraagd: een andere regiobeheerder keurt goed.</Paragraph>
                )}
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      {settlements.length === 0 && <Paragraph muted>Nog geen afrekeningen voor {year}.</Paragraph>}
      <Pager nextCursor={nextCursor} />
      {isAdmin && (
        <section aria-labelledby="contracten">
          <Heading level={2} id="contracten">
            Kosten per contract {year}
          </Heading>
          <Paragraph muted>
            Per contract naast elkaar: P x Q (de etmalen tot vandaag maal het tarief van de intensiteit van de locatie), het
            capaciteitsbudget (de plekken van de aanbieder in de regio, elke dag van de periode) en het garantiebedrag.
          </Paragraph>
          <Table>
            <TableHead
              columns={["Aanbieder", "Financiering", "Periode", "Etmalen", "P x Q", "Plekken", "Capaciteitsbudget", "Garantiebedrag"]}
            />
            <TableBody>
              {contracts.items.map((c) => (
                <Row key={c.contractId}>
                  <Cell>{c.providerName}</Cell>
                  <Cell>{codeLabel("financingForm", c.financingForm)}</Cell>
                  <Cell>
                    {dutchDate(c.period.startsOn)} t/m {dutchDate(c.period.endsOn)}
                  </Cell>
                  <Cell numeric>{c.placementDays}</Cell>
                  <Cell numeric>{euro(c.pxqCents)}</Cell>
                  <Cell numeric>{c.places}</Cell>
                  <Cell numeric>{euro(c.capacityBudgetCents)}</Cell>
                  <Cell numeric>{c.guaranteeCents === null ? "geen" : euro(c.guaranteeCents)}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          <Pager nextCursor={contracts.nextCursor} param={CONTRACTS_PAGE} />
        </section>
      )}
      {isAdmin && (
        <section aria-labelledby="tarieven">
          <Heading level={2} id="tarieven">
            Intensiteitstarieven {year}
          </Heading>
          <Paragraph muted>Tarief per etmaal naar uren pedagogische inzet per jeugdige per etmaal (intensiteitenmodel).</Paragraph>
          <Table>
            <TableHead columns={["Intensiteit", "Uren van", "tot", "Tarief per etmaal"]} />
            <TableBody>
              {tariffs.map((t) => (
                <Row key={t.band}>
                  <Cell>
                    <strong>{t.band}</strong>
                  </Cell>
                  <Cell numeric>{hours(t.minHours)}</Cell>
                  <Cell numeric>{hours(t.maxHours)}</Cell>
                  <Cell numeric>{euro(t.tariffCents)}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </>
  );
}
