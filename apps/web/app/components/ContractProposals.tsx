import { Form, useNavigation } from "react-router";
import { FINANCING_FORM_LABELS, PROVIDER_ROLE_LABELS, type FinancingForm, type ProviderRole } from "@jeugdregie/domain";
import { Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";

interface Proposal {
  id: string;
  regionName: string;
  segmentName: string;
  providerRole: string;
  financingForm: string;
  startsOn: string;
  endsOn: string;
  revisionClause: string;
  products: { productCode: string; intensityBand: string | null; tariffCents: number; unit: string }[];
}

/**
 * Contracts regions proposed to this provider. Until its admin confirms one, the region gets
 * nothing from it: no offers to the provider's places there, no link in the provider's overview.
 */
export function ContractProposals({
  proposals,
  productsText,
}: {
  proposals: Proposal[];
  productsText: (p: Proposal["products"]) => string;
}) {
  const busy = useNavigation().state === "submitting";
  return (
    <section aria-labelledby="voorstellen">
      <Heading level={2} id="voorstellen">
        Contractvoorstellen van regio&apos;s
      </Heading>
      {proposals.length === 0 ? (
        <Paragraph muted>Er wachten geen contractvoorstellen op je antwoord.</Paragraph>
      ) : (
        <Paragraph>
          Een regio heeft een contract met je organisatie vastgelegd. Pas na jouw bevestiging kan de regio je plekken voorleggen; een
          afwijzing met reden gaat terug naar de regio.
        </Paragraph>
      )}
      {proposals.map((p) => (
        <article key={p.id} className="jr-fieldset" data-testid="contract-proposal">
          <Heading level={3}>{p.regionName}</Heading>
          <Paragraph>
            {p.segmentName} · {PROVIDER_ROLE_LABELS[p.providerRole as ProviderRole]?.nl ?? p.providerRole} ·{" "}
            {FINANCING_FORM_LABELS[p.financingForm as FinancingForm]?.nl ?? p.financingForm} · {p.startsOn} t/m {p.endsOn}
          </Paragraph>
          <Paragraph>Producten: {productsText(p.products)}</Paragraph>
          {p.revisionClause && <Paragraph muted>Herziening: {p.revisionClause}</Paragraph>}
          <div className="jr-form-row">
            <Form method="post">
              <input type="hidden" name="contractId" value={p.id} />
              <input type="hidden" name="intent" value="confirm" />
              <Button disabled={busy}>Contract bevestigen</Button>
            </Form>
            <Form method="post" className="jr-form-row">
              <input type="hidden" name="contractId" value={p.id} />
              <input type="hidden" name="intent" value="decline" />
              <FormField label="Reden van afwijzing" htmlFor={`reason-${p.id}`}>
                <Textbox id={`reason-${p.id}`} name="reason" />
              </FormField>
              <Button appearance="secondary" disabled={busy}>
                Afwijzen
              </Button>
            </Form>
          </div>
        </article>
      ))}
    </section>
  );
}
