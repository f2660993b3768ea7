import { Form } from "react-router";
import { codeLabel, contractStateLabel, dutchDate } from "@jeugdregie/domain";
import { Button, Cell, FormField, Heading, Paragraph, Row, Select, StatCard, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/provider-overview";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { runAction, text } from "../lib/forms.server.ts";
import { FormMessages } from "../components/FormMessages.tsx";
import { ContractProposals } from "../components/ContractProposals.tsx";
import { productsText } from "../components/contract-text.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const overview = await caller.provider.overview().catch(rethrowAsResponse);
  const focus = new URL(request.url).searchParams.get("regio");
  return {
    ...overview,
    focus,
    shown: focus ? overview.regions.filter((r) => r.id === focus) : overview.regions,
    today: new Date().toISOString().slice(0, 10),
  };
}

/** The provider's admin answers a region's contract proposal. */
export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    const confirm = text(form, "intent") === "confirm";
    await caller.contracts.answer({ contractId: text(form, "contractId"), confirm, reason: confirm ? undefined : text(form, "reason") });
    const change = text(form, "what") === "change";
    const message = change
      ? confirm
        ? "Wijziging bevestigd: de nieuwe afspraken gelden nu."
        : "Wijziging afgewezen; de afspraken blijven zoals ze waren en de regio ziet je reden."
      : confirm
        ? "Contract bevestigd: de regio kan je nu plekken voorleggen."
        : "Contractvoorstel afgewezen; de regio ziet je reden.";
    return { ok: true, message };
  });
}

export default function ProviderOverview({ loaderData, actionData }: Route.ComponentProps) {
  const { provider, regions, shown, focus, proposals, changes, isAdmin, today } = loaderData;
  return (
    <>
      <Heading level={1}>{provider.name}</Heading>
      <Paragraph lead>
        Eén login voor alle regio&apos;s waarmee je organisatie een bevestigd contract heeft. KvK {provider.kvk}
        {provider.agb ? ` · AGB ${provider.agb}` : ""}.
      </Paragraph>
      <div className="jr-cards">
        <StatCard value={<span data-testid="provider-region-count">{regions.length}</span>} label="regio's" />
        <StatCard value={regions.reduce((n, r) => n + r.contracts.length, 0)} label="contracten" />
        <StatCard value={regions.reduce((n, r) => n + r.locationCount, 0)} label="locaties" />
        <StatCard value={regions.reduce((n, r) => n + r.places, 0)} label="plekken" />
      </div>
      <FormMessages result={actionData} />
      {isAdmin && <ContractProposals proposals={proposals} changes={changes} />}
      <Form method="get" className="jr-form-row">
        <FormField label="Regio" htmlFor="regio">
          <Select id="regio" name="regio" defaultValue={focus ?? ""}>
            <option value="">Alle regio's</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </FormField>
        <Button appearance="secondary">Toon</Button>
      </Form>
      {shown.map((r) => (
        <section key={r.id} aria-labelledby={`regio-${r.id}`}>
          <Heading level={2} id={`regio-${r.id}`}>
            <span data-testid="provider-region">{r.name}</span>
          </Heading>
          <Paragraph muted>
            {r.locationCount} locaties, {r.places} plekken
          </Paragraph>
          <Table>
            <TableHead columns={["Segment", "Rol", "Financiering", "Periode", "Producten", "Status"]} />
            <TableBody>
              {r.contracts.map((c) => (
                <Row key={c.id}>
                  <Cell>{c.segmentName}</Cell>
                  <Cell>{codeLabel("providerRole", c.providerRole)}</Cell>
                  <Cell>{codeLabel("financingForm", c.financingForm)}</Cell>
                  <Cell>
                    {dutchDate(c.startsOn)} t/m {dutchDate(c.endsOn)}
                  </Cell>
                  <Cell>{productsText(c.products)}</Cell>
                  <Cell>{contractStateLabel({ ...c, pendingChange: c.pendingChange !== null }, today)}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
    </>
  );
}
