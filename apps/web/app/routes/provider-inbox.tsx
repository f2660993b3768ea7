import { Form, Link, useNavigation } from "react-router";
import { codeLabel, DECLINE_REASON_LABELS, DECLINE_REASONS, type DeclineReason } from "@jeugdregie/domain";
import { Button, FormField, Heading, Options, Paragraph, Select, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/provider-inbox";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { runAction, text } from "../lib/forms.server.ts";
import { dateTime } from "../lib/format.ts";
import { FormMessages } from "../components/FormMessages.tsx";
import { cursorFrom, Pager } from "../components/Pager.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const page = await caller.provider.inbox({ cursor: cursorFrom(request) }).catch(rethrowAsResponse);
  return { offers: page.items, nextCursor: page.nextCursor };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    if (text(form, "intent") === "risk") {
      await caller.provider.signalRisk({ placementId: text(form, "placementId"), note: text(form, "note") });
      return { ok: true, message: "Signaal 'plaatsing onder druk' doorgegeven aan het centraal punt." };
    }
    const accept = text(form, "intent") === "accept";
    await caller.provider.answer({
      offerId: text(form, "offerId"),
      accept,
      reason: accept ? undefined : (text(form, "reason") as DeclineReason),
      text: text(form, "text") || null,
    });
    return { ok: true, message: accept ? "Geaccepteerd: het dossier staat voor je open." : "Afgewezen; de reden is vastgelegd." };
  });
}

export default function Inbox({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={1}>Voorleggingen</Heading>
      <Paragraph lead>
        Aanmeldingen die het centraal punt van een regio aan jouw organisatie voorlegt: geanonimiseerd, één aanbieder tegelijk. Accepteer of
        wijs af met een reden.
      </Paragraph>
      <FormMessages result={actionData} />
      {loaderData.offers.map((o) => (
        <article key={o.offerId} className="jr-fieldset" data-testid="offer">
          <Heading level={2}>
            {codeLabel("careType", o.careType)} · {o.regionName} · {o.locationName}
          </Heading>
          <Paragraph>
            <strong data-testid="offer-state">{codeLabel("providerOfferStatus", o.status)}</strong> ·{" "}
            {o.urgency === "crisis" ? "crisis · " : ""}geboortejaar {o.birthYear} · {codeLabel("gender", o.gender)} · uit{" "}
            {o.homeMunicipality}
            {/* The deadline matters only while the offer waits for an answer. */}
            {o.status === "open" && <> · reageren vóór {dateTime(o.deadlineAt)}</>}
          </Paragraph>
          <Paragraph>
            {o.expertiseTags.length > 0 && <>Expertise: {o.expertiseTags.join(", ")}. </>}
            {o.intensityBand && <>Intensiteit {o.intensityBand}. </>}
            {o.keepSchool && <>School behouden. </>}
            {o.siblingsTogether && <>Samen met broers/zussen. </>}
            {o.constraints}
          </Paragraph>
          {o.analysisSummary && <Paragraph muted>Analyse: {o.analysisSummary}</Paragraph>}
          {o.status === "open" && (
            <div className="jr-form-row">
              <Form method="post">
                <input type="hidden" name="offerId" value={o.offerId} />
                <input type="hidden" name="intent" value="accept" />
                <Button disabled={busy}>Accepteren</Button>
              </Form>
              <Form method="post" className="jr-form-row">
                <input type="hidden" name="offerId" value={o.offerId} />
                <input type="hidden" name="intent" value="decline" />
                <FormField label="Reden van afwijzing" htmlFor={`reason-${o.offerId}`}>
                  <Select id={`reason-${o.offerId}`} name="reason">
                    <Options values={DECLINE_REASONS} label={(r) => DECLINE_REASON_LABELS[r].nl} />
                  </Select>
                </FormField>
                <FormField label="Toelichting" htmlFor={`text-${o.offerId}`}>
                  <Textbox id={`text-${o.offerId}`} name="text" />
                </FormField>
                <Button appearance="secondary" disabled={busy}>
                  Afwijzen
                </Button>
              </Form>
            </div>
          )}
          {o.status === "accepted" && (
            <Link className="utrecht-link" to={`/voorleggingen/${o.offerId}`}>
              Dossier openen
            </Link>
          )}
          {o.placementId &&
            (o.placementAtRisk ? (
              <Paragraph muted>Plaatsing onder druk gemeld.</Paragraph>
            ) : (
              <Form method="post" className="jr-form-row">
                <input type="hidden" name="intent" value="risk" />
                <input type="hidden" name="placementId" value={o.placementId} />
                <FormField label="Vroegsignaal: plaatsing onder druk" htmlFor={`note-${o.offerId}`}>
                  <Textbox id={`note-${o.offerId}`} name="note" placeholder="Wat speelt er?" />
                </FormField>
                <Button appearance="secondary" disabled={busy}>
                  Signaal geven
                </Button>
              </Form>
            ))}
          {o.declineReason && <Paragraph muted>Afgewezen: {codeLabel("declineReason", o.declineReason)}</Paragraph>}
        </article>
      ))}
      <Pager nextCursor={loaderData.nextCursor} />
    </>
  );
}
