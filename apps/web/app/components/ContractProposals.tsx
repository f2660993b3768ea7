import { Form, useNavigation } from "react-router";
import { codeLabel, dutchDate } from "@jeugdregie/domain";
import { Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import { productsText } from "./contract-text.ts";

interface Terms {
  segmentName: string;
  providerRole: string;
  financingForm: string;
  startsOn: string;
  endsOn: string;
  revisionClause: string;
  products: { productCode: string; intensityBand?: string | null | undefined; tariffCents: number; unit: string }[];
}

interface Proposal extends Terms {
  id: string;
  regionName: string;
  pendingChange?: Terms | null;
}

function TermsLines({ terms }: { terms: Terms }) {
  return (
    <>
      <Paragraph>
        {terms.segmentName} · {codeLabel("providerRole", terms.providerRole)} · {codeLabel("financingForm", terms.financingForm)} ·{" "}
        {dutchDate(terms.startsOn)} t/m {dutchDate(terms.endsOn)}
      </Paragraph>
      <Paragraph>Producten: {productsText(terms.products)}</Paragraph>
      {terms.revisionClause && <Paragraph muted>Herziening: {terms.revisionClause}</Paragraph>}
    </>
  );
}

function Answer({ id, what }: { id: string; what: "contract" | "change" }) {
  const busy = useNavigation().state === "submitting";
  return (
    <div className="jr-form-row">
      <Form method="post">
        <input type="hidden" name="contractId" value={id} />
        <input type="hidden" name="intent" value="confirm" />
        <input type="hidden" name="what" value={what} />
        <Button disabled={busy}>{what === "contract" ? "Contract bevestigen" : "Wijziging bevestigen"}</Button>
      </Form>
      <Form method="post" className="jr-form-row">
        <input type="hidden" name="contractId" value={id} />
        <input type="hidden" name="intent" value="decline" />
        <input type="hidden" name="what" value={what} />
        <FormField label="Reden van afwijzing" htmlFor={`reason-${id}`}>
          <Textbox id={`reason-${id}`} name="reason" />
        </FormField>
        <Button appearance="secondary" disabled={busy}>
          Afwijzen
        </Button>
      </Form>
    </div>
  );
}

/**
 * Contracts regions proposed to this provider, and changes they proposed to confirmed ones. Until
 * its admin confirms a proposal the region gets nothing from it; until it confirms a change, the
 * confirmed terms stay.
 */
export function ContractProposals({ proposals, changes }: { proposals: Proposal[]; changes: Proposal[] }) {
  return (
    <section aria-labelledby="voorstellen">
      <Heading level={2} id="voorstellen">
        Contractvoorstellen van regio&apos;s
      </Heading>
      {proposals.length + changes.length === 0 ? (
        <Paragraph muted>Er wachten geen contractvoorstellen of wijzigingen op je antwoord.</Paragraph>
      ) : (
        <Paragraph>
          Een regio heeft een contract met je organisatie vastgelegd of wil een bevestigd contract wijzigen. Pas na jouw bevestiging geldt
          het; een afwijzing met reden gaat terug naar de regio.
        </Paragraph>
      )}
      {proposals.map((p) => (
        <article key={p.id} className="jr-fieldset" data-testid="contract-proposal">
          <Heading level={3}>{p.regionName}</Heading>
          <TermsLines terms={p} />
          <Answer id={p.id} what="contract" />
        </article>
      ))}
      {changes.map((c) => (
        <article key={c.id} className="jr-fieldset" data-testid="contract-change">
          <Heading level={3}>{c.regionName}: wijziging van een bevestigd contract</Heading>
          <Paragraph muted>Nu afgesproken:</Paragraph>
          <TermsLines terms={c} />
          {c.pendingChange && (
            <>
              <Paragraph>
                <strong>Voorgestelde wijziging:</strong>
              </Paragraph>
              <TermsLines terms={c.pendingChange} />
            </>
          )}
          <Answer id={c.id} what="change" />
        </article>
      ))}
    </section>
  );
}
