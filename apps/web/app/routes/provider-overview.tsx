import { Form } from "react-router";
import { FINANCING_FORM_LABELS, IJW_UNITS, PROVIDER_ROLE_LABELS, type FinancingForm, type ProviderRole } from "@jeugdregie/domain";
import { Button, Cell, FormField, Heading, Paragraph, Row, Select, StatCard, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/provider-overview";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { euro } from "../lib/format.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const overview = await caller.provider.overview().catch(rethrowAsResponse);
  const focus = new URL(request.url).searchParams.get("regio");
  return { ...overview, focus, shown: focus ? overview.regions.filter((r) => r.id === focus) : overview.regions };
}

export default function ProviderOverview({ loaderData }: Route.ComponentProps) {
  const { provider, regions, shown, focus } = loaderData;
  return (
    <>
      <Heading level={1}>{provider.name}</Heading>
      <Paragraph lead>
        Eén login voor alle regio's waar je organisatie een contract heeft. KvK {provider.kvk}
        {provider.agb ? ` · AGB ${provider.agb}` : ""}.
      </Paragraph>
      <div className="jr-cards">
        <StatCard value={<span data-testid="provider-region-count">{regions.length}</span>} label="regio's" />
        <StatCard value={regions.reduce((n, r) => n + r.contracts.length, 0)} label="contracten" />
        <StatCard value={regions.reduce((n, r) => n + r.locationCount, 0)} label="locaties" />
        <StatCard value={regions.reduce((n, r) => n + r.places, 0)} label="plekken" />
      </div>
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
            <TableHead columns={["Segment", "Rol", "Financiering", "Periode", "Producten"]} />
            <TableBody>
              {r.contracts.map((c) => (
                <Row key={c.id}>
                  <Cell>{c.segmentName}</Cell>
                  <Cell>{PROVIDER_ROLE_LABELS[c.providerRole as ProviderRole]?.nl ?? c.providerRole}</Cell>
                  <Cell>{FINANCING_FORM_LABELS[c.financingForm as FinancingForm]?.nl ?? c.financingForm}</Cell>
                  <Cell>
                    {c.startsOn} t/m {c.endsOn}
                  </Cell>
                  <Cell>
                    {c.products
                      .map(
                        (p) =>
                          `${p.productCode}${p.intensityBand ? ` (${p.intensityBand})` : ""} ${euro(p.tariffCents)}/${IJW_UNITS[p.unit]?.toLowerCase() ?? p.unit}`,
                      )
                      .join("; ")}
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
    </>
  );
}
