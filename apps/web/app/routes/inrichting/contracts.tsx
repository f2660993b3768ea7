import { Form, useNavigation } from "react-router";
import {
  CONTRACT_STATUS_LABELS,
  FINANCING_FORM_LABELS,
  FINANCING_FORMS,
  IJW_PRODUCT_CATEGORIES,
  IJW_UNITS,
  INTENSITY_BANDS,
  parseEuroToCents,
  PROVIDER_ROLE_LABELS,
  PROVIDER_ROLES,
  type FinancingForm,
  type ProviderRole,
} from "@jeugdregie/domain";
import { Button, Cell, FormField, Heading, Options, Paragraph, Row, Select, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/contracts";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { euro } from "../../lib/format.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { useResetOnSuccess } from "../../components/useResetOnSuccess.ts";

const PRODUCT_ROWS = [0, 1, 2];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const providerParam = new URL(request.url).searchParams.get("aanbieder");
  const [contracts, segments, contracted] = await Promise.all([
    caller.contracts.list().catch(rethrowAsResponse),
    caller.onboarding.segments.list().catch(rethrowAsResponse),
    caller.onboarding.providers.contracted().catch(rethrowAsResponse),
  ]);
  // The provider picked in the registry search may not have a contract yet: offer it too.
  const providers = contracted.map((p) => ({ id: p.id, name: p.name }));
  if (providerParam && !providers.some((p) => p.id === providerParam)) {
    const picked = await caller.onboarding.providers.get({ providerId: providerParam }).catch(rethrowAsResponse);
    providers.unshift({ id: picked.id, name: picked.name });
  }
  return { contracts, segments, providers, providerParam };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  const products = PRODUCT_ROWS.map((i) => ({
    productCode: text(form, `productCode${i}`),
    productCategory: text(form, `productCategory${i}`),
    unit: text(form, `unit${i}`),
    tariffCents: parseEuroToCents(text(form, `tariff${i}`)) ?? Number.NaN,
    intensityBand: text(form, `band${i}`) || null,
  })).filter((p) => p.productCode !== "");
  return runAction(async () => {
    await caller.contracts.create({
      providerId: text(form, "providerId"),
      segmentId: text(form, "segmentId"),
      providerRole: text(form, "providerRole") as ProviderRole,
      financingForm: text(form, "financingForm") as FinancingForm,
      startsOn: text(form, "startsOn"),
      endsOn: text(form, "endsOn"),
      revisionClause: text(form, "revisionClause"),
      products,
    });
    return { ok: true, message: "Contract vastgelegd als voorstel: de aanbieder bevestigt het zelf voordat je plekken kunt voorleggen." };
  });
}

export default function Contracts({ loaderData, actionData }: Route.ComponentProps) {
  const { contracts, segments, providers, providerParam } = loaderData;
  const busy = useNavigation().state === "submitting";
  const formRef = useResetOnSuccess(actionData);
  return (
    <>
      <Heading level={2}>5. Contracten</Heading>
      <Paragraph>
        Per aanbieder: segment, rol, financieringsvorm, periode met herzieningsclausule en producten (iJw-productcode, eenheid, tarief). Een
        contract is een voorstel tot de beheerder van de aanbieder het bevestigt; pas dan kun je de aanbieder plekken voorleggen.
      </Paragraph>
      <Table caption="Contracten van deze regio">
        <TableHead columns={["Aanbieder", "Segment", "Rol", "Financiering", "Periode", "Producten", "Status"]} />
        <TableBody>
          {contracts.map((c) => (
            <Row key={c.id}>
              <Cell>{c.providerName}</Cell>
              <Cell>{c.segmentName}</Cell>
              <Cell>{PROVIDER_ROLE_LABELS[c.providerRole as ProviderRole]?.nl ?? c.providerRole}</Cell>
              <Cell>{FINANCING_FORM_LABELS[c.financingForm as FinancingForm]?.nl ?? c.financingForm}</Cell>
              <Cell>
                {c.startsOn} t/m {c.endsOn}
              </Cell>
              <Cell>
                {c.products.map((p) => `${p.productCode} ${euro(p.tariffCents)}/${IJW_UNITS[p.unit]?.toLowerCase() ?? p.unit}`).join("; ")}
              </Cell>
              <Cell>
                <span data-testid="contract-status">{CONTRACT_STATUS_LABELS[c.status].nl}</span>
                {c.declineReason && <>: {c.declineReason}</>}
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <FormMessages result={actionData} />
      <Form ref={formRef} method="post" className="jr-fieldset">
        <Heading level={3}>Contract vastleggen</Heading>
        <div className="jr-form-row">
          <FormField label="Aanbieder" htmlFor="providerId">
            <Select id="providerId" name="providerId" defaultValue={providerParam ?? ""} required>
              <option value="">Kies…</option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label="Segment" htmlFor="segmentId">
            <Select id="segmentId" name="segmentId" required>
              {segments.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label="Rol van de aanbieder" htmlFor="providerRole">
            <Select id="providerRole" name="providerRole">
              <Options values={PROVIDER_ROLES} label={(r) => PROVIDER_ROLE_LABELS[r].nl} />
            </Select>
          </FormField>
          <FormField label="Financieringsvorm" htmlFor="financingForm">
            <Select id="financingForm" name="financingForm">
              <Options values={FINANCING_FORMS} label={(f) => FINANCING_FORM_LABELS[f].nl} />
            </Select>
          </FormField>
          <FormField label="Begindatum" htmlFor="startsOn">
            <Textbox id="startsOn" name="startsOn" type="date" required />
          </FormField>
          <FormField label="Einddatum" htmlFor="endsOn">
            <Textbox id="endsOn" name="endsOn" type="date" required />
          </FormField>
        </div>
        <FormField label="Herzieningsclausule" htmlFor="revisionClause">
          <Textbox id="revisionClause" name="revisionClause" placeholder="Bijvoorbeeld: tarieven jaarlijks geïndexeerd volgens OVA" />
        </FormField>
        {PRODUCT_ROWS.map((i) => (
          <div className="jr-form-row" key={i}>
            <FormField label={`Productcode ${i + 1}`} htmlFor={`productCode${i}`}>
              <Textbox
                id={`productCode${i}`}
                name={`productCode${i}`}
                placeholder={i === 0 ? "43A01" : undefined}
                maxLength={5}
                required={i === 0}
              />
            </FormField>
            <FormField label="Categorie" htmlFor={`productCategory${i}`}>
              <Select id={`productCategory${i}`} name={`productCategory${i}`} defaultValue="43">
                {Object.entries(IJW_PRODUCT_CATEGORIES).map(([code, label]) => (
                  <option key={code} value={code}>
                    {code} {label}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField label="Eenheid" htmlFor={`unit${i}`}>
              <Select id={`unit${i}`} name={`unit${i}`} defaultValue="14">
                {Object.entries(IJW_UNITS).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField label="Tarief (€)" htmlFor={`tariff${i}`}>
              <Textbox id={`tariff${i}`} name={`tariff${i}`} inputMode="decimal" placeholder={i === 0 ? "872,39" : undefined} />
            </FormField>
            <FormField label="Intensiteit" htmlFor={`band${i}`}>
              <Select id={`band${i}`} name={`band${i}`} defaultValue="">
                <option value="">–</option>
                <Options values={INTENSITY_BANDS} label={(b) => b} />
              </Select>
            </FormField>
          </div>
        ))}
        <Button disabled={busy}>Contract vastleggen</Button>
      </Form>
    </>
  );
}
