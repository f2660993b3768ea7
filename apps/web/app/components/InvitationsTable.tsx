import { Form, useNavigation } from "react-router";
import { codeLabel, type InvitationStatus } from "@jeugdregie/domain";
import { Button, Cell, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import { date } from "../lib/format.ts";

export interface InvitationListItem {
  id: string;
  email: string;
  role: string;
  expires_at: Date | string;
  status: InvitationStatus;
  /** Shown when the list spans organisations (the platform admin's). */
  organisation?: string;
}

/**
 * Invitations with what may still be done with them: one not yet accepted can be sent again (a
 * new link; the old one stops working) or revoked. The route's action handles the intents
 * (invitationAction).
 */
export function InvitationsTable({ invitations, caption = "Uitnodigingen" }: { invitations: InvitationListItem[]; caption?: string }) {
  const busy = useNavigation().state === "submitting";
  const withOrganisation = invitations.some((i) => i.organisation);
  return (
    <Table caption={caption}>
      <TableHead columns={[...(withOrganisation ? ["Organisatie"] : []), "E-mail", "Rol", "Verloopt", "Status", "Acties"]} />
      <TableBody>
        {invitations.map((i) => (
          <Row key={i.id}>
            {withOrganisation && <Cell>{i.organisation}</Cell>}
            <Cell>{i.email}</Cell>
            <Cell>{codeLabel("role", i.role, "Onbekende rol")}</Cell>
            <Cell>{i.status === "open" || i.status === "expired" ? date(i.expires_at) : "–"}</Cell>
            <Cell>{codeLabel("invitationStatus", i.status)}</Cell>
            <Cell>
              {i.status === "open" || i.status === "expired" ? (
                <div className="jr-form-row">
                  <Form method="post">
                    <input type="hidden" name="intent" value="resendInvitation" />
                    <input type="hidden" name="invitationId" value={i.id} />
                    <Button appearance="secondary" disabled={busy} aria-label={`Uitnodiging voor ${i.email} opnieuw sturen`}>
                      Opnieuw sturen
                    </Button>
                  </Form>
                  {i.status === "open" && (
                    <Form method="post">
                      <input type="hidden" name="intent" value="revokeInvitation" />
                      <input type="hidden" name="invitationId" value={i.id} />
                      <Button appearance="subtle" disabled={busy} aria-label={`Uitnodiging voor ${i.email} intrekken`}>
                        Intrekken
                      </Button>
                    </Form>
                  )}
                </div>
              ) : (
                "–"
              )}
            </Cell>
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}
