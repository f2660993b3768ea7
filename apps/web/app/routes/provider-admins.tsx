import { Form, useNavigation } from "react-router";
import { Alert, Button, Cell, FormField, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/provider-admins";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { runAction, text } from "../lib/forms.server.ts";
import { FormMessages } from "../components/FormMessages.tsx";
import { cursorFrom, Pager } from "../components/Pager.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const query = new URL(request.url).searchParams.get("zoek") ?? "";
  // Always asked (an empty query finds nothing): the API, not the page, decides who may be here.
  const results = await caller.providerAccounts.search({ query, cursor: cursorFrom(request) }).catch(rethrowAsResponse);
  return { query, results: query ? results.items : null, nextCursor: results.nextCursor };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    if (text(form, "intent") === "correct") {
      const corrected = await caller.registry.correct({
        providerId: text(form, "providerId"),
        name: text(form, "name"),
        agb: text(form, "agb"),
      });
      return {
        ok: true,
        message: `Register gecorrigeerd: ${corrected.name}${corrected.agb ? `, AGB ${corrected.agb}` : ", zonder AGB-code"}.`,
      };
    }
    const invited = await caller.providerAccounts.inviteAdmin({ providerId: text(form, "providerId"), email: text(form, "email") });
    return { ok: true, invitedEmail: invited.email, invitationUrl: invited.invitationUrl };
  });
}

export default function ProviderAdmins({ loaderData, actionData }: Route.ComponentProps) {
  const { query, results, nextCursor } = loaderData;
  const busy = useNavigation().state === "submitting";
  const invited = actionData && "invitationUrl" in actionData ? (actionData as { invitedEmail: string; invitationUrl: string }) : null;
  return (
    <>
      <Heading level={1}>Beheerders van aanbieders</Heading>
      <Paragraph lead>
        Een aanbieder beheert zijn eigen logins. Jij nodigt alleen de eerste beheerder van een aanbieder uit (na controle bij de aanbieder
        zelf, bijvoorbeeld via het KvK-adres); die nodigt daarna zijn collega&apos;s uit en bevestigt contractvoorstellen van regio&apos;s.
      </Paragraph>
      <Paragraph>
        Het register delen alle regio&apos;s: alleen jij corrigeert de naam of AGB-code van een aanbieder (bijvoorbeeld na een melding van
        een regio). Het KvK-nummer is de identiteit van de aanbieder en verandert niet. Elke correctie staat in het logboek.
      </Paragraph>
      {invited && (
        <Alert type="ok">
          {invited.invitedEmail} is uitgenodigd als beheerder. Link (7 dagen geldig):{" "}
          <code data-testid="invitation-url">{invited.invitationUrl}</code>
        </Alert>
      )}
      <FormMessages result={invited ? undefined : (actionData as { error?: string } | undefined)} />
      <Form method="get" className="jr-form-row" role="search">
        <FormField label="Zoek in het landelijk register (naam, KvK of AGB)" htmlFor="zoek">
          <Textbox id="zoek" name="zoek" defaultValue={query} />
        </FormField>
        <Button appearance="secondary">Zoeken</Button>
      </Form>
      {results && (
        <Table
          caption={nextCursor ? `Gevonden voor "${query}" (meer op de volgende pagina)` : `${results.length} gevonden voor "${query}"`}
        >
          <TableHead columns={["Aanbieder", "KvK", "Beheerders", "Open uitnodigingen", "Beheerder uitnodigen", "Register corrigeren"]} />
          <TableBody>
            {results.map((p) => (
              <Row key={p.id}>
                <Cell>{p.name}</Cell>
                <Cell>{p.kvk}</Cell>
                <Cell numeric>
                  <span data-testid="provider-admin-count">{p.admins}</span>
                </Cell>
                <Cell numeric>{p.openAdminInvitations}</Cell>
                <Cell>
                  <Form method="post" className="jr-inline-form">
                    <input type="hidden" name="providerId" value={p.id} />
                    <label className="jr-visually-hidden" htmlFor={`email-${p.id}`}>
                      E-mailadres beheerder {p.name}
                    </label>
                    <Textbox id={`email-${p.id}`} name="email" type="email" required placeholder="e-mailadres" />
                    <Button disabled={busy}>Uitnodigen</Button>
                  </Form>
                </Cell>
                <Cell>
                  <details>
                    <summary>Naam of AGB-code corrigeren</summary>
                    <Form method="post">
                      <input type="hidden" name="intent" value="correct" />
                      <input type="hidden" name="providerId" value={p.id} />
                      <FormField label="Naam" htmlFor={`name-${p.id}`}>
                        <Textbox id={`name-${p.id}`} name="name" required defaultValue={p.name} />
                      </FormField>
                      <FormField label="AGB-code (8 cijfers, leeg als die er niet is)" htmlFor={`agb-${p.id}`}>
                        <Textbox id={`agb-${p.id}`} name="agb" inputMode="numeric" defaultValue={p.agb ?? ""} />
                      </FormField>
                      <Button appearance="secondary" disabled={busy}>
                        Correctie opslaan
                      </Button>
                    </Form>
                  </details>
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager nextCursor={nextCursor} />
    </>
  );
}
