import { Form, useNavigation } from "react-router";
import { allowedActions, codeLabel, END_DESTINATION_LABELS, END_DESTINATIONS, requestAllows } from "@jeugdregie/domain";
import { Alert, Button, FormField, Heading, Options, Paragraph, Select, Textbox } from "@jeugdregie/ui";
import { OutOfRegionSection } from "./out-of-region-section.tsx";
import type { Route } from "./+types/request";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction } from "../../lib/forms.server.ts";
import { date, dateTime } from "../../lib/format.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { runRequestIntent } from "./request-actions.server.ts";
import { ProposalsSection } from "./proposals-section.tsx";
import { RequestFacts } from "./request-facts.tsx";
import { RequestRecords, statusLabel } from "./request-records.tsx";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const detail = await caller.placement.get({ requestId: params.id }).catch(rethrowAsResponse);
  const proposals = requestAllows(detail.status, "sendOffer")
    ? await caller.placement.proposals({ requestId: params.id }).catch(rethrowAsResponse)
    : null;
  const oor = proposals?.matches.some((m) => !m.inRegion)
    ? await caller.placement.justifications({ requestId: params.id }).catch(rethrowAsResponse)
    : null;
  return { detail, proposals, oor, viewerId: (await caller.me()).user.id };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => ({ ok: true, message: await runRequestIntent(caller, params.id, form) }));
}

const responseHours = (offer: { sent_at: Date | string; deadline_at: Date | string }) =>
  Math.round((new Date(offer.deadline_at).getTime() - new Date(offer.sent_at).getTime()) / 3_600_000);

function Intent({
  intent,
  label,
  appearance = "primary",
  busy,
}: {
  intent: string;
  label: string;
  appearance?: "primary" | "secondary";
  busy: boolean;
}) {
  return (
    <Form method="post" className="jr-inline-form">
      <input type="hidden" name="intent" value={intent} />
      <Button appearance={appearance} disabled={busy}>
        {label}
      </Button>
    </Form>
  );
}

export default function RequestPage({ loaderData, actionData }: Route.ComponentProps) {
  const { detail: d, proposals, oor, viewerId } = loaderData;
  const busy = useNavigation().state === "submitting";
  const openOffer = d.offers.find((o) => o.status === "open");
  // The state machine decides which actions this status allows; the page only shows those.
  const can = new Set(allowedActions(d.status, { crisisPlacement: Boolean(d.placement?.crisis_cap_ends_on) }));
  return (
    <>
      <Heading level={1}>Aanmelding {d.pseudonym}</Heading>
      <Paragraph lead>
        Status: <strong data-testid="request-status">{statusLabel(d.status)}</strong> · {codeLabel("urgency", d.urgency)} ·{" "}
        {codeLabel("careType", d.care_type, "zorgvorm onbekend")}
      </Paragraph>
      <FormMessages result={actionData} />
      <div className="jr-request-layout">
        <RequestFacts d={d} />
        <div>
          <div className="jr-form-row">
            {can.has("startTriage") && <Intent intent="triage" label="Start triage" appearance="secondary" busy={busy} />}
            {can.has("startMatching") && <Intent intent="match" label="Start matching" busy={busy} />}
            {can.has("resumeMatching") && <Intent intent="resume" label="Opnieuw matchen" busy={busy} />}
            {can.has("withdraw") && <Intent intent="withdraw" label="Intrekken" appearance="secondary" busy={busy} />}
          </div>

          {openOffer && (
            <Alert type="info">
              Voorgelegd aan {openOffer.provider_name} ({openOffer.location_name}); reactie uiterlijk{" "}
              <span data-testid="offer-deadline">{dateTime(openOffer.deadline_at)}</span> (
              <span data-testid="offer-response-hours">{responseHours(openOffer)}</span> uur
              {d.urgency === "crisis" ? ", de reactietermijn voor crisisvoorleggingen" : ""}).
            </Alert>
          )}

          {proposals && <ProposalsSection proposals={proposals} busy={busy} />}
          {proposals && oor && (
            <OutOfRegionSection
              outside={proposals.matches.filter((m) => !m.inRegion)}
              framework={oor.framework}
              justifications={oor.justifications}
              viewerId={viewerId}
              busy={busy}
            />
          )}

          {can.has("place") && (
            <Form method="post" className="jr-fieldset">
              <input type="hidden" name="intent" value="place" />
              <Heading level={2}>Plaatsen</Heading>
              <div className="jr-form-row">
                <FormField label="Startdatum" htmlFor="startsOn">
                  <Textbox id="startsOn" name="startsOn" type="date" required />
                </FormField>
                <FormField label="Geplande einddatum (optioneel)" htmlFor="plannedEndOn">
                  <Textbox id="plannedEndOn" name="plannedEndOn" type="date" />
                </FormField>
                <label className="jr-check">
                  <input type="checkbox" name="schoolKept" /> School behouden
                </label>
                <label className="jr-check">
                  <input type="checkbox" name="siblingsTogether" /> Met broers/zussen
                </label>
                <Button disabled={busy}>Plaatsing vastleggen</Button>
              </div>
            </Form>
          )}

          {can.has("recordFollowUp") && d.placement?.crisis_cap_ends_on && (
            <Form method="post" className="jr-fieldset">
              <input type="hidden" name="intent" value="followUp" />
              <Heading level={2}>Crisisplaatsing tot {date(d.placement.crisis_cap_ends_on)}</Heading>
              {d.placement.follow_up_decision ? (
                <Paragraph>Vervolgbesluit: {d.placement.follow_up_decision}</Paragraph>
              ) : (
                <div className="jr-form-row">
                  <FormField label="Vervolgbesluit (vóór de grens)" htmlFor="decision">
                    <Textbox id="decision" name="decision" />
                  </FormField>
                  <Button disabled={busy}>Vervolgbesluit vastleggen</Button>
                </div>
              )}
            </Form>
          )}

          {can.has("signalAtRisk") && !d.placement?.at_risk && (
            <Form method="post" className="jr-form-row">
              <input type="hidden" name="intent" value="risk" />
              <FormField label="Vroegsignaal: plaatsing onder druk" htmlFor="riskNote">
                <Textbox id="riskNote" name="note" />
              </FormField>
              <Button appearance="secondary" disabled={busy}>
                Signaal vastleggen
              </Button>
            </Form>
          )}
          {d.placement?.at_risk && !d.placement.ended_on && <Alert type="warning">Plaatsing onder druk: {d.placement.at_risk_note}</Alert>}

          {can.has("end") && (
            <Form method="post" className="jr-fieldset">
              <input type="hidden" name="intent" value="end" />
              <Heading level={2}>Plaatsing beëindigen</Heading>
              <div className="jr-form-row">
                <FormField label="Einddatum" htmlFor="endedOn">
                  <Textbox id="endedOn" name="endedOn" type="date" required />
                </FormField>
                <FormField label="Waarheen" htmlFor="destination">
                  <Select id="destination" name="destination">
                    <Options values={END_DESTINATIONS} label={(x) => END_DESTINATION_LABELS[x].nl} />
                  </Select>
                </FormField>
                <FormField label="Toelichting" htmlFor="note">
                  <Textbox id="note" name="note" />
                </FormField>
                <Button disabled={busy}>Beëindigen</Button>
              </div>
            </Form>
          )}
        </div>
      </div>
      <RequestRecords offers={d.offers} documents={d.documents} statusHistory={d.statusHistory} accessLog={d.accessLog} />
    </>
  );
}
