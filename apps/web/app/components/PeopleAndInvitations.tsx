import { Form, useNavigation } from "react-router";
import { ROLE_LABELS, type Role } from "@jeugdregie/domain";
import { Alert, Button, Cell, FormField, Options, Row, Select, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import { FormMessages } from "./FormMessages.tsx";
import { useResetOnSuccess } from "./useResetOnSuccess.ts";
import { InvitationsTable, type InvitationListItem } from "./InvitationsTable.tsx";

interface Props {
  roles: readonly Role[];
  users: { id: string; email: string; display_name: string; role: string }[];
  invitations: InvitationListItem[];
  actionData: unknown;
}

/** One organisation's logins: the invite form (the link is shown once), its users and its invitations. */
export function PeopleAndInvitations({ roles, users, invitations, actionData }: Props) {
  const busy = useNavigation().state === "submitting";
  const formRef = useResetOnSuccess(actionData);
  const invited =
    actionData && typeof actionData === "object" && "invitationUrl" in actionData
      ? (actionData as { invitedEmail: string; invitationUrl: string })
      : null;
  return (
    <>
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
              <Options values={roles} label={(r) => ROLE_LABELS[r].nl} />
            </Select>
          </FormField>
          <Button disabled={busy}>Uitnodigen</Button>
        </div>
      </Form>
      <Table caption="Gebruikers">
        <TableHead columns={["Naam", "E-mail", "Rol"]} />
        <TableBody>
          {users.map((u) => (
            <Row key={`${u.id}-${u.role}`}>
              <Cell>{u.display_name}</Cell>
              <Cell>{u.email}</Cell>
              <Cell>{ROLE_LABELS[u.role as Role]?.nl ?? u.role}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <InvitationsTable invitations={invitations} />
    </>
  );
}
