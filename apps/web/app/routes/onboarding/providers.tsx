import { Form, Link, useNavigation } from "react-router";
import { Button, Cell, FormField, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/providers";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { NextStep } from "./NextStep.tsx";
import { cursorFrom, Pager } from "../../components/Pager.tsx";

/** The search results page through their own URL parameter; the contracted providers through `na`. */
const FOUND_PARAM = "gevonden";
import { useResetOnSuccess } from "../../components/useResetOnSuccess.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const query = new URL(request.url).searchParams.get("zoek") ?? "";
  const [results, contracted] = await Promise.all([
    query
      ? caller.onboarding.providers.search({ query, cursor: cursorFrom(request, FOUND_PARAM) }).catch(rethrowAsResponse)
      : Promise.resolve(null),
    caller.onboarding.providers.contracted({ cursor: cursorFrom(request) }).catch(rethrowAsResponse),
  ]);
  return {
    query,
    results: results?.items ?? null,
    resultsNext: results?.nextCursor ?? null,
    contracted: contracted.items,
    contractedNext: contracted.nextCursor,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    const provider = await caller.onboarding.providers.register({
      name: text(form, "name"),
      kvk: text(form, "kvk"),
      agb: text(form, "agb"),
    });
    return { ok: true, message: `${provider.name} staat nu in het register. Leg het contract vast.`, providerId: provider.id };
  });
}

export default function Providers({ loaderData, actionData }: Route.ComponentProps) {
  const { query, results, resultsNext, contracted, contractedNext } = loaderData;
  const busy = useNavigation().state === "submitting";
  const formRef = useResetOnSuccess(actionData);
  const registeredId = (actionData as { providerId?: string } | undefined)?.providerId;
  return (
    <>
      <Heading level={2}>4. Aanbieders</Heading>
      <Paragraph>
        Aanbieders staan in één landelijk register: zoek eerst of de aanbieder er al is (op naam, KvK-nummer of AGB-code). Staat hij er niet
        in, registreer hem dan; een KvK-nummer komt maar één keer voor.
      </Paragraph>
      <Paragraph muted>
        Het register delen alle regio&apos;s. Staat er een fout in de naam of AGB-code van een aanbieder, dan corrigeert de
        platformbeheerder die (voor alle regio&apos;s tegelijk): meld het bij de platformbeheerder. Contracten en locaties van je eigen
        regio wijzig je zelf.
      </Paragraph>
      <Form method="get" className="jr-form-row" role="search">
        <FormField label="Zoek in het register" htmlFor="zoek">
          <Textbox id="zoek" name="zoek" defaultValue={query} />
        </FormField>
        <Button appearance="secondary">Zoeken</Button>
      </Form>
      {results && (
        <Table
          caption={resultsNext ? `Gevonden voor "${query}" (meer op de volgende pagina)` : `${results.length} gevonden voor "${query}"`}
        >
          <TableHead columns={["Aanbieder", "KvK", "AGB", ""]} />
          <TableBody>
            {results.map((p) => (
              <Row key={p.id}>
                <Cell>{p.name}</Cell>
                <Cell>{p.kvk}</Cell>
                <Cell>{p.agb ?? "–"}</Cell>
                <Cell>
                  <Link className="utrecht-link" to={`/inrichting/contracten?aanbieder=${p.id}`}>
                    Contract vastleggen
                  </Link>
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager nextCursor={resultsNext} param={FOUND_PARAM} />
      <FormMessages result={actionData} />
      {registeredId && (
        <Paragraph>
          <Link className="utrecht-link" to={`/inrichting/contracten?aanbieder=${registeredId}`}>
            Contract vastleggen voor deze aanbieder
          </Link>
        </Paragraph>
      )}
      <Form ref={formRef} method="post" className="jr-fieldset">
        <Heading level={3}>Nieuwe aanbieder registreren</Heading>
        <div className="jr-form-row">
          <FormField label="Naam" htmlFor="name">
            <Textbox id="name" name="name" required />
          </FormField>
          <FormField label="KvK-nummer (8 cijfers)" htmlFor="kvk">
            <Textbox id="kvk" name="kvk" required inputMode="numeric" />
          </FormField>
          <FormField label="AGB-code (8 cijfers, optioneel)" htmlFor="agb">
            <Textbox id="agb" name="agb" inputMode="numeric" />
          </FormField>
          <Button disabled={busy}>Registreren</Button>
        </div>
      </Form>
      <Table caption="Aanbieders met een contract in deze regio">
        <TableHead columns={["Aanbieder", "KvK", "Contracten", "Locaties", "Plekken"]} />
        <TableBody>
          {contracted.map((p) => (
            <Row key={p.id}>
              <Cell>{p.name}</Cell>
              <Cell>{p.kvk}</Cell>
              <Cell numeric>{p.contracts}</Cell>
              <Cell numeric>{p.locations}</Cell>
              <Cell numeric>{p.places}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Pager nextCursor={contractedNext} />
      <NextStep />
    </>
  );
}
