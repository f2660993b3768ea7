import { Form, useNavigation } from "react-router";
import { ROLE_LABELS, type Role } from "@jeugdregie/domain";
import {
  Alert,
  Button,
  Cell,
  FormField,
  Heading,
  Options,
  Paragraph,
  Row,
  Select,
  Table,
  TableBody,
  TableHead,
  Textbox,
} from "@jeugdregie/ui";
import type { Route } from "./+types/users";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { date } from "../../lib/format.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { useResetOnSuccess } from "../../components/useResetOnSuccess.ts";

const INVITATION_STATUS_LABELS = { open: "Open", accepted: "Geaccepteerd", expired: "Verlopen" } as const;
const INVITABLE: Role[] = ["placement_coordinator", "crisis_team", "referrer", "provider_user", "region_admin"];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const [people, providers] = await Promise.all([
    caller.onboarding.users.list().catch(rethrowAsResponse),
    caller.onboarding.providers.contracted().catch(rethrowAsResponse),
  ]);
  return { ...people, providers };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  const role = text(form, "role") as "placement_coordinator" | "crisis_team" | "referrer" | "provider_user" | "region_admin";
  return runAction(async () => {
    const invited = await caller.onboarding.users.invite({
      email: text(form, "email"),
      role,
      providerId: role === "provider_user" ? text(form, "providerId") || null : null,
    });
    return { ok: true, invitedEmail: invited.email, invitationUrl: invited.invitationUrl };
  });
}

export default function Users({ loaderData, actionData }: Route.ComponentProps) {
  const { users, invitations, providers } = loaderData;
  const busy = useNavigation().state === "submitting";
  const formRef = useResetOnSuccess(actionData);
  const invited = actionData && "invitationUrl" in actionData ? (actionData as { invitedEmail: string; invitationUrl: string }) : null;
  return (
    <>
      <Heading level={2}>7. Gebruikers</Heading>
      <Paragraph>
        Nodig coördinatoren, verwijzers en medewerkers van aanbieders uit. Een medewerker van een aanbieder ziet met één login alle regio's
        van zijn aanbieder.
      </Paragraph>
      {invited && (
        <Alert type="ok">
          {invited.invitedEmail} is uitgenodigd. Link (7 dagen geldig): <code data-testid="invitation-url">{invited.invitationUrl}</code>
        </Alert>
      )}
      <FormMessages result={invited ? undefined : (actionData as { error?: string } | undefined)} />
      <Form ref={formRef} method="post" className="jr-fieldset">
        <div className="jr-form-row">
          <FormField label="E-mailadres" htmlFor="email">
            <Textbox id="email" name="email" type="email" required />
          </FormField>
          <FormField label="Rol" htmlFor="role">
            <Select id="role" name="role">
              <Options values={INVITABLE} label={(r) => ROLE_LABELS[r].nl} />
            </Select>
          </FormField>
          <FormField label="Aanbieder (alleen voor medewerker aanbieder)" htmlFor="providerId">
            <Select id="providerId" name="providerId" defaultValue="">
              <option value="">–</option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </FormField>
          <Button disabled={busy}>Uitnodigen</Button>
        </div>
      </Form>
      <Table caption="Gebruikers">
        <TableHead columns={["Naam", "E-mail", "Rol", "Aanbieder"]} />
        <TableBody>
          {users.map((u) => (
            <Row key={`${u.id}-${u.role}`}>
              <Cell>{u.display_name}</Cell>
              <Cell>{u.email}</Cell>
              <Cell>{ROLE_LABELS[u.role as Role]?.nl ?? u.role}</Cell>
              <Cell>{u.provider_name ?? "–"}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Table caption="Uitnodigingen">
        <TableHead columns={["E-mail", "Rol", "Aanbieder", "Verloopt", "Status"]} />
        <TableBody>
          {invitations.map((i) => (
            <Row key={i.id}>
              <Cell>{i.email}</Cell>
              <Cell>{ROLE_LABELS[i.role as Role]?.nl ?? i.role}</Cell>
              <Cell>{i.provider_name ?? "–"}</Cell>
              <Cell>{date(i.expires_at)}</Cell>
              <Cell>{INVITATION_STATUS_LABELS[i.status]}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
