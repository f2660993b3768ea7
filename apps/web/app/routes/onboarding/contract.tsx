import { Form, Link, useNavigation } from "react-router";
import { codeLabel, contractStateLabel, dutchDate } from "@jeugdregie/domain";
import { Alert, Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/contract";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { all, runAction, text } from "../../lib/forms.server.ts";
import { contractTermsFrom } from "../../lib/contract-form.server.ts";
import { dateTime } from "../../lib/format.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { ContractTermsFields } from "../../components/ContractTermsFields.tsx";
import { productsText } from "../../components/contract-text.ts";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const [contract, segments, kpis] = await Promise.all([
    caller.contracts.get({ contractId: params.contractId }).catch(rethrowAsResponse),
    caller.onboarding.segments.list().catch(rethrowAsResponse),
    caller.contracts.kpiRequests({ contractId: params.contractId }).catch(rethrowAsResponse),
  ]);
  return { contract, segments, kpis, today: new Date().toISOString().slice(0, 10) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    if (text(form, "intent") === "kpis") {
      const asked = await caller.contracts.requestKpis({ contractId: params.contractId, kpis: all(form, "kpis") });
      return {
        ok: true,
        message:
          asked.requested.length === 0
            ? "De aanbieder hoeft voor dit contract geen kengetallen meer aan te leveren."
            : `De aanbieder levert voortaan ${asked.requested.length === 1 ? "1 kengetal" : `${asked.requested.length} kengetallen`} aan; ze staan op de pagina Onze cijfers van de aanbieder.`,
      };
    }
    if (text(form, "intent") === "end") {
      const ended = await caller.contracts.end({
        contractId: params.contractId,
        endsOn: text(form, "endsOn"),
        reason: text(form, "reason"),
      });
      return {
        ok: true,
        message: `Contract beëindigd per ${dutchDate(ended.endsOn)}. Na die dag leg je deze aanbieder onder dit contract niets meer voor.`,
      };
    }
    const result = await caller.contracts.update({ contractId: params.contractId, ...contractTermsFrom(form) });
    return {
      ok: true,
      message: result.waitsForProvider
        ? "Wijziging voorgesteld: de aanbieder bevestigt haar eerst. Tot dan gelden de bevestigde afspraken."
        : "Voorstel gewijzigd.",
    };
  });
}

interface Terms {
  providerRole: string;
  financingForm: string;
  startsOn: string;
  endsOn: string;
  revisionClause: string;
  products: { productCode: string; intensityBand?: string | null | undefined; tariffCents: number; unit: string }[];
}
function TermsText({ terms, segmentName }: { terms: Terms; segmentName: string }) {
  return (
    <ul>
      <li>Segment: {segmentName}</li>
      <li>Rol: {codeLabel("providerRole", terms.providerRole)}</li>
      <li>Financiering: {codeLabel("financingForm", terms.financingForm)}</li>
      <li>
        Periode: {dutchDate(terms.startsOn)} t/m {dutchDate(terms.endsOn)}
      </li>
      <li>Producten: {productsText(terms.products)}</li>
      {terms.revisionClause && <li>Herziening: {terms.revisionClause}</li>}
    </ul>
  );
}

export default function Contract({ loaderData, actionData }: Route.ComponentProps) {
  const { contract: c, segments, kpis, today } = loaderData;
  const busy = useNavigation().state === "submitting";
  const running = c.status !== "declined" && !c.endedAt && c.endsOn >= today;
  const state = contractStateLabel({ ...c, pendingChange: c.pendingChange !== null }, today);
  return (
    <>
      <Paragraph>
        <Link className="utrecht-link" to="/inrichting/contracten">
          ← Alle contracten
        </Link>
      </Paragraph>
      <Heading level={2}>Contract met {c.providerName}</Heading>
      <Paragraph>
        Status: <strong data-testid="contract-state">{state}</strong>
        {c.declineReason && <> (reden van de aanbieder: {c.declineReason})</>}
        {c.endedAt && (
          <>
            {" "}
            · beëindigd op {dateTime(c.endedAt)}: {c.endReason}
          </>
        )}
      </Paragraph>
      <TermsText terms={c} segmentName={c.segmentName} />
      {c.pendingChange && (
        <Alert type="info">
          <strong>Wijziging wacht op de aanbieder</strong> (voorgesteld {c.changeProposedAt ? dateTime(c.changeProposedAt) : ""}). Tot de
          aanbieder haar bevestigt gelden de afspraken hierboven. Voorgesteld:
          <TermsText terms={c.pendingChange} segmentName={c.pendingChange.segmentName} />
        </Alert>
      )}
      {c.changeDeclineReason && !c.pendingChange && (
        <Alert type="warning">
          De aanbieder heeft de laatste wijziging afgewezen: <span data-testid="change-decline-reason">{c.changeDeclineReason}</span>
        </Alert>
      )}
      <FormMessages result={actionData} />
      {running ? (
        <Form method="post" className="jr-fieldset">
          <input type="hidden" name="intent" value="update" />
          <Heading level={3}>{c.status === "proposed" ? "Voorstel wijzigen" : "Wijziging voorstellen"}</Heading>
          <Paragraph muted>
            {c.status === "proposed"
              ? "De aanbieder heeft nog niets bevestigd: je wijziging geldt direct en de aanbieder ziet het gewijzigde voorstel."
              : "De aanbieder heeft dit contract bevestigd: een wijziging gaat als voorstel naar de beheerder van de aanbieder. Tot die haar bevestigt gelden de huidige afspraken."}
          </Paragraph>
          <ContractTermsFields segments={segments} defaults={c.pendingChange ?? c} />
          <Button disabled={busy}>{c.status === "proposed" ? "Voorstel wijzigen" : "Wijziging voorstellen"}</Button>
        </Form>
      ) : (
        <Paragraph muted>Dit contract verandert niet meer. Leg zo nodig een nieuw contract vast.</Paragraph>
      )}
      <Form method="post" className="jr-fieldset" data-testid="contract-kpis">
        <input type="hidden" name="intent" value="kpis" />
        <Heading level={3}>Kengetallen die de aanbieder aanlevert</Heading>
        <Paragraph muted>
          Kies welke kengetallen {c.providerName} voor deze regio per maand aanlevert. De aanbieder ziet precies deze, alleen zijn eigen
          waarden, op zijn pagina &ldquo;Onze cijfers&rdquo; en kan ze als CSV of via de API ophalen.
        </Paragraph>
        <fieldset>
          <legend>Kengetallen</legend>
          <div className="jr-checkbox-grid">
            {kpis.available.map((k) => (
              <label key={k.key} title={k.definition}>
                <input type="checkbox" name="kpis" value={k.key} defaultChecked={kpis.requested.includes(k.key)} /> {k.label}
              </label>
            ))}
          </div>
        </fieldset>
        <Button appearance="secondary" disabled={busy}>
          Kengetallen opslaan
        </Button>
      </Form>
      {running && c.status === "confirmed" && (
        <Form method="post" className="jr-fieldset">
          <input type="hidden" name="intent" value="end" />
          <Heading level={3}>Contract beëindigen</Heading>
          <Paragraph muted>
            Kies de laatste dag van het contract: niet voor de begindatum ({dutchDate(c.startsOn)}) en niet na de huidige einddatum (
            {dutchDate(c.endsOn)}). Na die dag leg je onder dit contract niets meer voor; kinderen die er al verblijven blijven.
          </Paragraph>
          <div className="jr-form-row">
            <FormField label="Laatste dag" htmlFor="endDate">
              <Textbox id="endDate" name="endsOn" type="date" min={c.startsOn} max={c.endsOn} required />
            </FormField>
            <FormField label="Reden" htmlFor="endReason">
              <Textbox id="endReason" name="reason" required size={40} />
            </FormField>
            <Button appearance="secondary" disabled={busy}>
              Contract beëindigen
            </Button>
          </div>
        </Form>
      )}
    </>
  );
}
