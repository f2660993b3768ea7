import { Form, useNavigation } from "react-router";
import { codeLabel, ROLE_LABELS, type Role } from "@jeugdregie/domain";
import { Alert, Button, Cell, FormField, Options, Row, Select, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import { FormMessages } from "./FormMessages.tsx";
import { useResetOnSuccess } from "./useResetOnSuccess.ts";
import { Pager } from "./Pager.tsx";
import { InvitationsTable, type InvitationListItem } from "./InvitationsTable.tsx";

interface Props {
  roles: readonly Role[];
  /** When set, each person's role can be changed and their access taken away (not the viewer's own). */
  manage?: { selfId: string };
  users: Page<{ id: string; email: string; display_name: string; role: string }>;
  invitations: Page<InvitationListItem>;
  actionData: unknown;
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The URL parameters carrying the two lists' cursors (each list pages on its own). */
export const PEOPLE_PAGE_PARAMS = { users: "na", invitations: "uitnodigingen-na" } as const;

/** One organisation's logins: the invite form (the link is shown once), its users and its invitations. */
export function PeopleAndInvitations({ roles, manage, users, invitations, actionData }: Props) {
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
        <TableHead columns={manage ? ["Naam", "E-mail", "Rol", "Rol wijzigen", "Toegang"] : ["Naam", "E-mail", "Rol"]} />
        <TableBody>
          {users.items.map((u) => (
            <Row key={`${u.id}-${u.role}`}>
              <Cell>{u.display_name}</Cell>
              <Cell>{u.email}</Cell>
              <Cell>{codeLabel("role", u.role)}</Cell>
              {manage && u.id === manage.selfId && (
                <>
                  <Cell>–</Cell>
                  <Cell>Jij (je eigen toegang wijzigt een andere beheerder)</Cell>
                </>
              )}
              {manage && u.id !== manage.selfId && (
                <>
                  <Cell>
                    <Form method="post" className="jr-form-row">
                      <input type="hidden" name="intent" value="changeRole" />
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="role" value={u.role} />
                      <label className="jr-visually-hidden" htmlFor={`newRole-${u.id}-${u.role}`}>
                        Nieuwe rol voor {u.display_name}
                      </label>
                      <Select id={`newRole-${u.id}-${u.role}`} name="newRole" defaultValue={u.role}>
                        <Options values={roles} label={(r) => ROLE_LABELS[r].nl} />
                      </Select>
                      <Button appearance="secondary" disabled={busy} aria-label={`Rol van ${u.display_name} wijzigen`}>
                        Wijzigen
                      </Button>
                    </Form>
                  </Cell>
                  <Cell>
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="userId" value={u.id} />
                      <Button appearance="subtle" disabled={busy} aria-label={`Toegang intrekken voor ${u.display_name}`}>
                        Toegang intrekken
                      </Button>
                    </Form>
                  </Cell>
                </>
              )}
            </Row>
          ))}
        </TableBody>
      </Table>
      <Pager nextCursor={users.nextCursor} param={PEOPLE_PAGE_PARAMS.users} />
      <InvitationsTable invitations={invitations.items} />
      <Pager nextCursor={invitations.nextCursor} param={PEOPLE_PAGE_PARAMS.invitations} />
    </>
  );
}
