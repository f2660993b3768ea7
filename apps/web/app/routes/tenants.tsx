import { Form, useNavigation } from "react-router";
import { ONBOARDING_STEP_LABELS } from "@jeugdregie/domain";
import { Alert, Bar, Button, Cell, FormField, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/tenants";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { runAction, text } from "../lib/forms.server.ts";
import { date } from "../lib/format.ts";
import { FormMessages } from "../components/FormMessages.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { tenants: await caller.tenants.list().catch(rethrowAsResponse) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    const created = await caller.tenants.create({
      name: text(form, "name"),
      code: text(form, "code"),
      adminEmail: text(form, "adminEmail"),
    });
    return { ok: true, regionName: created.region.name, invitationUrl: created.invitationUrl, expiresAt: String(created.expiresAt) };
  });
}

export default function Tenants({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const created =
    actionData && "invitationUrl" in actionData ? (actionData as { regionName: string; invitationUrl: string; expiresAt: string }) : null;
  return (
    <>
      <Heading level={1}>Regio's (tenants)</Heading>
      <Paragraph lead>Maak een jeugdhulpregio aan en nodig de eerste regiobeheerder uit. Die richt de regio daarna zelf in.</Paragraph>
      {created && (
        <Alert type="ok">
          <strong>{created.regionName}</strong> is aangemaakt. Stuur deze uitnodigingslink naar de regiobeheerder (7 dagen geldig, één keer
          te gebruiken; bij ingestelde SMTP is hij ook gemaild):
          <br />
          <code data-testid="invitation-url">{created.invitationUrl}</code>
        </Alert>
      )}
      <FormMessages result={created ? undefined : (actionData as { error?: string } | undefined)} />
      <Form method="post" className="jr-filters">
        <FormField label="Naam van de regio" htmlFor="name">
          <Textbox id="name" name="name" required placeholder="Utrecht West" />
        </FormField>
        <FormField label="Code (in links)" htmlFor="code">
          <Textbox id="code" name="code" required placeholder="utrecht-west" pattern="[a-z0-9-]+" />
        </FormField>
        <FormField label="E-mailadres regiobeheerder" htmlFor="adminEmail">
          <Textbox id="adminEmail" name="adminEmail" type="email" required />
        </FormField>
        <Button disabled={busy}>Regio aanmaken en uitnodigen</Button>
      </Form>
      <Table caption="Inrichting per regio">
        <TableHead columns={["Regio", "Code", "Aangemaakt", "Inrichting", "Volgende stap"]} />
        <TableBody>
          {loaderData.tenants.map((t) => (
            <Row key={t.id}>
              <Cell>{t.name}</Cell>
              <Cell>{t.code}</Cell>
              <Cell>{date(t.created_at)}</Cell>
              <Cell>
                <Bar value={t.progress.doneCount} max={t.progress.steps.length} label={`${t.progress.percentage}% ingericht`} />
              </Cell>
              <Cell>{t.progress.nextStep ? ONBOARDING_STEP_LABELS[t.progress.nextStep].nl : "Klaar"}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
