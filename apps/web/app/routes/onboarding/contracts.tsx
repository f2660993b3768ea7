import { Form, Link, useNavigation } from "react-router";
import { codeLabel, contractStateLabel, dutchDate } from "@jeugdregie/domain";
import { Button, Cell, FormField, Heading, Paragraph, Row, Select, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/contracts";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { contractTermsFrom } from "../../lib/contract-form.server.ts";
import { productsText } from "../../components/contract-text.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { useResetOnSuccess } from "../../components/useResetOnSuccess.ts";
import { ContractTermsFields } from "../../components/ContractTermsFields.tsx";
import { NextStep } from "./NextStep.tsx";
import { cursorFrom, Pager } from "../../components/Pager.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const url = new URL(request.url);
  const providerParam = url.searchParams.get("aanbieder");
  const query = (url.searchParams.get("zoek") ?? "").trim().slice(0, 120);
  const [contracts, segments, contracted, found] = await Promise.all([
    caller.contracts.list({ cursor: cursorFrom(request) }).catch(rethrowAsResponse),
    caller.onboarding.segments.list().catch(rethrowAsResponse),
    // The picker's choices: the first MAX_PAGE_SIZE of each (searching finds any other provider).
    caller.onboarding.providers.contracted({ limit: 100 }).then((p) => p.items, rethrowAsResponse),
    query ? caller.onboarding.providers.search({ query, limit: 100 }).then((p) => p.items, rethrowAsResponse) : Promise.resolve([]),
  ]);
  // The picker offers the providers found in the registry first, then those the region already contracts.
  const providers = [...found, ...contracted]
    .map((p) => ({ id: p.id, name: p.name, kvk: p.kvk }))
    .filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);
  if (providerParam && !providers.some((p) => p.id === providerParam)) {
    const picked = await caller.onboarding.providers.get({ providerId: providerParam }).catch(rethrowAsResponse);
    providers.unshift({ id: picked.id, name: picked.name, kvk: picked.kvk });
  }
  const selected = providerParam ?? (found.length === 1 ? found[0]!.id : null);
  return {
    contracts: contracts.items,
    nextCursor: contracts.nextCursor,
    segments,
    providers,
    selected,
    query,
    foundCount: query ? found.length : null,
    today: new Date().toISOString().slice(0, 10),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    await caller.contracts.create({ providerId: text(form, "providerId"), ...contractTermsFrom(form) });
    return { ok: true, message: "Contract vastgelegd als voorstel: de aanbieder bevestigt het zelf voordat je plekken kunt voorleggen." };
  });
}

export default function Contracts({ loaderData, actionData }: Route.ComponentProps) {
  const { contracts, nextCursor, segments, providers, selected, query, foundCount, today } = loaderData;
  const busy = useNavigation().state === "submitting";
  const formRef = useResetOnSuccess(actionData);
  return (
    <>
      <Heading level={2}>5. Contracten</Heading>
      <Paragraph>
        Per aanbieder: segment, rol, financieringsvorm, periode met herzieningsclausule en producten (iJw-productcode, eenheid, tarief). Een
        contract is een voorstel tot de beheerder van de aanbieder het bevestigt; pas dan kun je de aanbieder plekken voorleggen. Een
        voorstel wijzig je direct; een wijziging van een bevestigd contract bevestigt de aanbieder opnieuw.
      </Paragraph>
      <Table caption="Contracten van deze regio">
        <TableHead columns={["Aanbieder", "Segment", "Rol", "Financiering", "Periode", "Producten", "Status", ""]} />
        <TableBody>
          {contracts.map((c) => (
            <Row key={c.id}>
              <Cell>{c.providerName}</Cell>
              <Cell>{c.segmentName}</Cell>
              <Cell>{codeLabel("providerRole", c.providerRole)}</Cell>
              <Cell>{codeLabel("financingForm", c.financingForm)}</Cell>
              <Cell>
                {dutchDate(c.startsOn)} t/m {dutchDate(c.endsOn)}
              </Cell>
              <Cell>{productsText(c.products)}</Cell>
              <Cell>
                <span data-testid="contract-status">{contractStateLabel({ ...c, pendingChange: c.pendingChange !== null }, today)}</span>
                {c.declineReason && <>: {c.declineReason}</>}
              </Cell>
              <Cell>
                <Link
                  className="utrecht-link"
                  to={`/inrichting/contracten/${c.id}`}
                  aria-label={`Contract met ${c.providerName} bekijken of wijzigen`}
                >
                  Bekijken of wijzigen
                </Link>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Pager nextCursor={nextCursor} />
      <FormMessages result={actionData} />
      <section className="jr-fieldset" aria-labelledby="nieuw-contract">
        <Heading level={3} id="nieuw-contract">
          Contract vastleggen
        </Heading>
        <Form method="get" className="jr-form-row" role="search" aria-label="Aanbieder zoeken">
          <FormField label="Zoek een aanbieder in het landelijk register (naam, KvK of AGB)" htmlFor="zoek">
            <Textbox id="zoek" name="zoek" defaultValue={query} />
          </FormField>
          <Button appearance="secondary">Zoeken</Button>
        </Form>
        {foundCount !== null && (
          <Paragraph muted>
            <span data-testid="provider-search-count">{foundCount}</span> gevonden voor &ldquo;{query}&rdquo;
            {foundCount === 0 && ": registreer de aanbieder eerst bij stap 4 (Aanbieders)."}
          </Paragraph>
        )}
        <Form ref={formRef} method="post" key={selected ?? "geen"}>
          <FormField label="Aanbieder" htmlFor="providerId">
            <Select id="providerId" name="providerId" defaultValue={selected ?? ""} required>
              <option value="">Kies…</option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} (KvK {p.kvk})
                </option>
              ))}
            </Select>
          </FormField>
          <ContractTermsFields segments={segments} />
          <Button disabled={busy}>Contract vastleggen</Button>
        </Form>
      </section>
      <NextStep />
    </>
  );
}
