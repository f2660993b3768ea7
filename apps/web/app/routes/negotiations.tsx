import { Form, useNavigation } from "react-router";
import { codeLabel, dutchDate } from "@jeugdregie/domain";
import { Badge, Button, FormField, Heading, Paragraph, Select, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/negotiations";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { int, runAction, text } from "../lib/forms.server.ts";
import { dateTime } from "../lib/format.ts";
import { FormMessages } from "../components/FormMessages.tsx";
import { useResetOnSuccess } from "../components/useResetOnSuccess.ts";
import { cursorFrom, Pager } from "../components/Pager.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const [negotiations, options] = await Promise.all([
    caller.negotiations.list({ cursor: cursorFrom(request) }).catch(rethrowAsResponse),
    caller.negotiations.options().catch(rethrowAsResponse),
  ]);
  return { negotiations: negotiations.items, nextCursor: negotiations.nextCursor, options };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    if (text(form, "intent") === "open") {
      // One choice names the supra group and the care type: a region in two groups negotiates in both.
      const [supraRegionId, careType] = text(form, "careType").split("/");
      await caller.negotiations.open({
        supraRegionId: supraRegionId || null,
        careType: careType ?? "",
        counterpartyRegionId: text(form, "counterparty") === "pool" ? null : text(form, "counterparty"),
        places: int(form, "places"),
        periodStart: text(form, "periodStart"),
        periodEnd: text(form, "periodEnd"),
        note: text(form, "note") || null,
      });
      return { ok: true, message: "Onderhandeling geopend; de andere partij is aan zet." };
    }
    const action = text(form, "action") as "accept" | "reject" | "counter";
    await caller.negotiations.answer({
      negotiationId: text(form, "negotiationId"),
      action,
      places: action === "counter" ? int(form, "places") : undefined,
      note: text(form, "note") || null,
    });
    return {
      ok: true,
      message:
        action === "accept" ? "Akkoord: de toewijzingen zijn aangepast." : action === "counter" ? "Tegenvoorstel gedaan." : "Afgewezen.",
    };
  });
}

export default function Negotiations({ loaderData, actionData }: Route.ComponentProps) {
  const { negotiations, nextCursor, options } = loaderData;
  const busy = useNavigation().state === "submitting";
  const formRef = useResetOnSuccess(actionData);
  const careLabel = (c: string) => codeLabel("careType", c);
  return (
    <>
      <Heading level={1}>Capaciteitsafspraken</Heading>
      <Paragraph lead>
        Onderhandel over gedeelde plekken met andere regio&rsquo;s of met de pool. Een akkoord past de toewijzingen direct aan.
      </Paragraph>
      <FormMessages result={actionData} />
      {negotiations.map((n) => (
        <article key={n.id} className="jr-fieldset" data-testid="negotiation">
          <Heading level={2}>
            {n.openerName} ↔ {n.counterpartyName}: <span data-testid="negotiation-places">{n.places}</span> plek(ken){" "}
            {careLabel(n.care_type)}
          </Heading>
          <Paragraph>
            {dutchDate(n.period_start)} t/m {dutchDate(n.period_end)} ·{" "}
            <strong data-testid="negotiation-status">{codeLabel("negotiationStatus", n.status)}</strong>{" "}
            {n.myTurn && <Badge>jij bent aan zet</Badge>}
          </Paragraph>
          <ol>
            {n.steps.map((s, i) => (
              <li key={i}>
                {dateTime(s.created_at)} · {s.display_name} ({s.side === "opener" ? n.openerName : n.counterpartyName}){" "}
                {codeLabel("negotiationAction", s.action)}: {s.places} plek(ken){s.note ? ` — ${s.note}` : ""}
              </li>
            ))}
          </ol>
          {n.myTurn && (
            <Form method="post" className="jr-form-row">
              <input type="hidden" name="negotiationId" value={n.id} />
              <Button name="action" value="accept" disabled={busy}>
                Akkoord
              </Button>
              <Button name="action" value="reject" appearance="secondary" disabled={busy}>
                Afwijzen
              </Button>
              <FormField label="Tegenvoorstel (plekken)" htmlFor={`counter-${n.id}`}>
                <Textbox id={`counter-${n.id}`} name="places" type="number" min={1} size={4} />
              </FormField>
              <Button name="action" value="counter" appearance="secondary" disabled={busy}>
                Tegenvoorstel doen
              </Button>
            </Form>
          )}
        </article>
      ))}
      <Pager nextCursor={nextCursor} />
      {options.groups.some((g) => g.careTypes.length > 0) && (
        <Form method="post" className="jr-fieldset" ref={formRef}>
          <input type="hidden" name="intent" value="open" />
          <Heading level={2}>Nieuwe onderhandeling</Heading>
          <div className="jr-form-row">
            <FormField label="Zorgvorm" htmlFor="careType">
              <Select id="careType" name="careType">
                {options.groups.map((g) => (
                  <optgroup key={g.supraRegionId} label={g.name}>
                    {g.careTypes.map((c) => (
                      <option key={c} value={`${g.supraRegionId}/${c}`}>
                        {careLabel(c)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </Select>
            </FormField>
            <FormField label="Met" htmlFor="counterparty">
              <Select id="counterparty" name="counterparty">
                {options.groups.map((g) => (
                  <optgroup key={g.supraRegionId} label={g.name}>
                    {g.partners.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
                <option value="pool">De pool van het verband</option>
              </Select>
            </FormField>
            <FormField label="Plekken" htmlFor="places">
              <Textbox id="places" name="places" type="number" min={1} required size={4} />
            </FormField>
            <FormField label="Van" htmlFor="periodStart">
              <Textbox id="periodStart" name="periodStart" type="date" required />
            </FormField>
            <FormField label="Tot en met" htmlFor="periodEnd">
              <Textbox id="periodEnd" name="periodEnd" type="date" required />
            </FormField>
          </div>
          <FormField label="Toelichting" htmlFor="note">
            <Textbox id="note" name="note" />
          </FormField>
          <Button disabled={busy}>Onderhandeling openen</Button>
        </Form>
      )}
    </>
  );
}
