import { Form, useNavigation } from "react-router";
import { PROVIDER_ROLE_LABELS, PROVIDER_ROLES } from "@jeugdregie/domain";
import { Button, Cell, FormField, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/segments";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { NextStep } from "./NextStep.tsx";
import { useResetOnSuccess } from "../../components/useResetOnSuccess.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { segments: await caller.onboarding.segments.list().catch(rethrowAsResponse) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    if (text(form, "intent") === "remove") {
      await caller.onboarding.segments.remove({ segmentId: text(form, "segmentId") });
      return { ok: true, message: "Segment verwijderd." };
    }
    const segment = await caller.onboarding.segments.create({ name: text(form, "name"), description: text(form, "description") });
    return { ok: true, message: `Segment "${segment.name}" toegevoegd.` };
  });
}

export default function Segments({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const formRef = useResetOnSuccess(actionData);
  return (
    <>
      <Heading level={2}>3. Segmenten en rollen</Heading>
      <Paragraph>
        Deel het zorglandschap in segmenten in (bijvoorbeeld specialistisch verblijf, wonen, crisis). Per contract kies je daarna ook de rol
        van de aanbieder: {PROVIDER_ROLES.map((r) => PROVIDER_ROLE_LABELS[r].nl.toLowerCase()).join(", ")}.
      </Paragraph>
      <FormMessages result={actionData} />
      <Table>
        <TableHead columns={["Segment", "Omschrijving", ""]} />
        <TableBody>
          {loaderData.segments.map((s) => (
            <Row key={s.id}>
              <Cell>{s.name}</Cell>
              <Cell>{s.description}</Cell>
              <Cell>
                <Form method="post" className="jr-inline-form">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="segmentId" value={s.id} />
                  <Button appearance="subtle">Verwijderen</Button>
                </Form>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Form ref={formRef} method="post" className="jr-form-row">
        <FormField label="Nieuw segment" htmlFor="name">
          <Textbox id="name" name="name" required />
        </FormField>
        <FormField label="Omschrijving" htmlFor="description">
          <Textbox id="description" name="description" />
        </FormField>
        <Button disabled={busy}>Segment toevoegen</Button>
      </Form>
      <NextStep />
    </>
  );
}
