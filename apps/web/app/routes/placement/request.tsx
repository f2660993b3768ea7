import { Form, useNavigation } from "react-router";
import {
  CARE_TYPE_LABELS,
  DECLINE_REASON_LABELS,
  DOCUMENT_LABELS,
  END_DESTINATION_LABELS,
  END_DESTINATIONS,
  REQUEST_STATUS_LABELS,
  type CareType,
  type DeclineReason,
  type DocumentType,
} from "@jeugdregie/domain";
import {
  Alert,
  Badge,
  Button,
  Cell,
  FormField,
  Heading,
  Options,
  Paragraph,
  Row,
  Select,
  Table,
  TableBody,
  TableHead,
  Textbox,
} from "@jeugdregie/ui";
import { OutOfRegionSection } from "./out-of-region-section.tsx";
import type { Route } from "./+types/request";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction } from "../../lib/forms.server.ts";
import { date, dateTime } from "../../lib/format.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { runRequestIntent } from "./request-actions.server.ts";
import { GENDERS, URGENCY } from "./labels.ts";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const detail = await caller.placement.get({ requestId: params.id }).catch(rethrowAsResponse);
  const proposals =
    detail.status === "matching" ? await caller.placement.proposals({ requestId: params.id }).catch(rethrowAsResponse) : null;
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
  return (
    <>
      <Heading level={1}>Aanmelding {d.pseudonym}</Heading>
      <Paragraph lead>
        Status: <strong data-testid="request-status">{REQUEST_STATUS_LABELS[d.status as keyof typeof REQUEST_STATUS_LABELS].nl}</strong> ·{" "}
        {URGENCY[d.urgency as "regular" | "crisis"]} · {CARE_TYPE_LABELS[d.care_type as CareType]?.nl ?? d.care_type}
      </Paragraph>
      <Paragraph>
        {d.name ?? "(naam niet opgegeven)"} · BSN {d.bsnMasked} · geboren {date(d.birth_date)} · {GENDERS[d.gender as "0" | "1" | "2"]} ·{" "}
        {d.home_municipality}
        {d.keep_school ? ` · school behouden: ${d.school_name ?? "ja"}` : ""}
        {d.siblings_together ? " · samen met broers/zussen" : ""}
      </Paragraph>
      {d.analysis_summary && <Paragraph muted>Analyse: {d.analysis_summary}</Paragraph>}
      <FormMessages result={actionData} />

      <div className="jr-form-row">
        {d.status === "submitted" && <Intent intent="triage" label="Start triage" appearance="secondary" busy={busy} />}
        {["submitted", "triage"].includes(d.status) && <Intent intent="match" label="Start matching" busy={busy} />}
        {d.status === "waiting" && <Intent intent="resume" label="Opnieuw matchen" busy={busy} />}
        {["draft", "submitted", "triage", "matching", "waiting"].includes(d.status) && (
          <Intent intent="withdraw" label="Intrekken" appearance="secondary" busy={busy} />
        )}
      </div>

      {openOffer && (
        <Alert type="info">
          Voorgelegd aan {openOffer.provider_name} ({openOffer.location_name}); reactie uiterlijk {dateTime(openOffer.deadline_at)}.
        </Alert>
      )}

      {proposals && (
        <section aria-labelledby="voorstellen">
          {proposals.allocation && (
            <Alert type={proposals.allocation.nextOfferOver ? "warning" : "info"}>
              Toewijzing gedeelde plekken dit jaar: {proposals.allocation.used} van {proposals.allocation.allocated} in gebruik.
              {proposals.allocation.nextOfferOver && " Een nieuwe voorlegging gaat erover: vul de reden in bij de plek."}
            </Alert>
          )}
          <Heading level={2} id="voorstellen">
            Passende plekken (best passend eerst)
          </Heading>
          <Table>
            <TableHead columns={["#", "Locatie", "Aanbieder", "Plaats", "Vrij", "Waarom", ""]} />
            <TableBody>
              {proposals.matches.map((m) => (
                <Row key={m.locationId}>
                  <Cell numeric>{m.rank}</Cell>
                  <Cell>
                    <span data-testid="proposal-location">{m.locationName}</span>
                    {!m.inRegion && <Badge>buiten de regio</Badge>}
                  </Cell>
                  <Cell>{m.providerName}</Cell>
                  <Cell>{m.municipalityName}</Cell>
                  <Cell numeric>{m.free}</Cell>
                  <Cell>
                    <small>{m.reasons.join(" · ")}</small>
                  </Cell>
                  <Cell>
                    <Form method="post">
                      <input type="hidden" name="intent" value="offer" />
                      <input type="hidden" name="locationId" value={m.locationId} />
                      {proposals.allocation?.nextOfferOver && (
                        <Textbox
                          name="overAllocationReason"
                          aria-label={`Reden overschrijding toewijzing voor ${m.locationName}`}
                          placeholder="Reden overschrijding"
                          size={18}
                        />
                      )}
                      <Button appearance="secondary" disabled={busy} aria-label={`Voorleggen aan ${m.locationName}`}>
                        Voorleggen
                      </Button>
                    </Form>
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          {proposals.matches.length === 0 && (
            <Alert type="warning">
              Er is nu geen passende vrije plek. Vertraag de plaatsing met overbruggingshulp; dan wordt opnieuw gematcht zodra er plek komt.
            </Alert>
          )}
          <details>
            <summary>Niet passend of vol ({proposals.excluded.length})</summary>
            <ul>
              {proposals.excluded.map((e) => (
                <li key={e.locationId}>
                  {e.locationName} ({e.providerName}): {e.reasons.join("; ")}
                </li>
              ))}
            </ul>
          </details>
          <Form method="post" className="jr-form-row">
            <input type="hidden" name="intent" value="wait" />
            <FormField label="Overbruggingshulp (bij wachten)" htmlFor="interimHelp">
              <Textbox id="interimHelp" name="interimHelp" placeholder="Intensief ambulant gezinsteam" />
            </FormField>
            <Button appearance="secondary" disabled={busy}>
              Op wachtlijst met overbrugging
            </Button>
          </Form>
          {oor && (
            <OutOfRegionSection
              outside={proposals.matches.filter((m) => !m.inRegion)}
              framework={oor.framework}
              justifications={oor.justifications}
              viewerId={viewerId}
              busy={busy}
            />
          )}
        </section>
      )}

      {d.status === "accepted" && (
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

      {d.status === "placed" && d.placement?.crisis_cap_ends_on && (
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

      {d.status === "placed" && !d.placement?.at_risk && (
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

      {d.status === "placed" && (
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

      <Table caption="Voorleggingen">
        <TableHead columns={["Aanbieder", "Locatie", "Verstuurd", "Uitkomst", "Reden"]} />
        <TableBody>
          {d.offers.map((o) => (
            <Row key={o.id}>
              <Cell>{o.provider_name}</Cell>
              <Cell>{o.location_name}</Cell>
              <Cell>{dateTime(o.sent_at)}</Cell>
              <Cell>
                <span data-testid="offer-status">{o.status}</span>
              </Cell>
              <Cell>
                {o.decline_reason
                  ? `${DECLINE_REASON_LABELS[o.decline_reason as DeclineReason].nl}${o.decline_text ? `: ${o.decline_text}` : ""}`
                  : "–"}
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Table caption="Documenten">
        <TableHead columns={["Soort", "Bestand", "Toegevoegd"]} />
        <TableBody>
          {d.documents.map((doc) => (
            <Row key={doc.id}>
              <Cell>{DOCUMENT_LABELS[doc.kind as DocumentType]?.nl ?? doc.kind}</Cell>
              <Cell>{doc.filename}</Cell>
              <Cell>{dateTime(doc.uploaded_at)}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Table caption="Wie heeft dit dossier geopend of gewijzigd">
        <TableHead columns={["Wanneer", "Wie", "Rol", "Wat"]} />
        <TableBody>
          {d.accessLog.slice(0, 30).map((e, i) => (
            <Row key={i}>
              <Cell>{dateTime(e.occurred_at)}</Cell>
              <Cell>{e.display_name ?? e.email ?? "systeem"}</Cell>
              <Cell>{e.role}</Cell>
              <Cell>
                {e.entity} · {e.action}
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
