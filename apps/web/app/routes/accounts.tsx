import { Form, useNavigation } from "react-router";
import { codeLabel, ROLE_LABELS, ROLES, type Role } from "@jeugdregie/domain";
import { Badge, Button, Cell, FormField, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/accounts";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { all, runAction, text } from "../lib/forms.server.ts";
import { invitationAction } from "../lib/invitation-actions.server.ts";
import { date } from "../lib/format.ts";
import { FormMessages } from "../components/FormMessages.tsx";
import { InvitationsTable } from "../components/InvitationsTable.tsx";
import { cursorFrom, Pager } from "../components/Pager.tsx";

const INVITATIONS_PARAM = "uitnodigingen";

/** Roles that see a child's data: the platform admin is advised to require a second factor for these. */
const SEES_CHILD_DATA: Role[] = ["placement_coordinator", "referrer", "crisis_team", "provider_user", "provider_admin"];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const query = new URL(request.url).searchParams.get("zoek") ?? "";
  const [accounts, invitations, policy] = await Promise.all([
    caller.accounts.list({ query, cursor: cursorFrom(request) }),
    caller.accounts.invitations({ cursor: cursorFrom(request, INVITATIONS_PARAM) }),
    caller.accounts.mfaPolicy(),
  ]).catch(rethrowAsResponse);
  return {
    query,
    accounts: query ? accounts.items : null,
    accountsNext: accounts.nextCursor,
    invitations: invitations.items,
    invitationsNext: invitations.nextCursor,
    policy,
    selfId: viewer.user.id,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    const managed = await invitationAction(caller, form);
    if (managed) return managed;
    const intent = text(form, "intent");
    if (intent === "mfaPolicy") {
      const { roles } = await caller.accounts.setMfaPolicy({ roles: all(form, "roles") as Role[] });
      return {
        ok: true,
        message: roles.length
          ? `Tweestapsverificatie is nu verplicht voor: ${roles.map((r) => ROLE_LABELS[r].nl.toLowerCase()).join(", ")}.`
          : "Tweestapsverificatie is voor geen enkele rol meer verplicht.",
      };
    }
    if (intent === "resetMfa") {
      const { removed } = await caller.accounts.resetMfa({ userId: text(form, "userId") });
      return {
        ok: true,
        message: removed
          ? "Tweestapsverificatie is hersteld: het account stelt hem opnieuw in."
          : "Dit account had geen tweestapsverificatie.",
      };
    }
    const active = intent === "activate";
    await caller.accounts.setActive({ userId: text(form, "userId"), active });
    const who = text(form, "displayName") || "Het account";
    return {
      ok: true,
      message: active ? `${who} kan weer inloggen.` : `${who} is gedeactiveerd: inloggen lukt niet meer en open sessies zijn beëindigd.`,
    };
  });
}

export default function Accounts({ loaderData, actionData }: Route.ComponentProps) {
  const { query, accounts, accountsNext, invitations, invitationsNext, policy, selfId } = loaderData;
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={1}>Accounts</Heading>
      <Paragraph lead>
        Zoek een account om het te deactiveren (iemand is vertrokken, of het account wordt misbruikt) of weer te activeren. Een
        gedeactiveerd account kan op geen enkele manier meer inloggen en zijn open sessies stoppen direct. Elke wijziging staat in het
        logboek.
      </Paragraph>
      <FormMessages result={actionData as { error?: string; message?: string } | undefined} />
      <Form method="get" className="jr-form-row" role="search">
        <FormField label="Zoek op naam of e-mailadres" htmlFor="zoek">
          <Textbox id="zoek" name="zoek" defaultValue={query} />
        </FormField>
        <Button appearance="secondary">Zoeken</Button>
      </Form>
      {accounts && (
        <Table caption={`${accounts.length} gevonden voor "${query}"`}>
          <TableHead columns={["Naam", "E-mail", "Rollen", "Tweestapsverificatie", "Status", "Acties"]} />
          <TableBody>
            {accounts.map((a) => (
              <Row key={a.id}>
                <Cell>{a.displayName}</Cell>
                <Cell>{a.email}</Cell>
                <Cell>{a.roles.map((r) => `${codeLabel("role", r.role, "Onbekende rol")} (${r.organisation})`).join(", ") || "–"}</Cell>
                <Cell>{a.mfaEnrolled ? "Ingesteld" : "Niet ingesteld"}</Cell>
                <Cell>{a.disabledAt ? <Badge>Gedeactiveerd sinds {date(a.disabledAt)}</Badge> : "Actief"}</Cell>
                <Cell>
                  {a.id === selfId ? (
                    "Jij"
                  ) : (
                    <div className="jr-form-row">
                      <Form method="post">
                        <input type="hidden" name="intent" value={a.disabledAt ? "activate" : "deactivate"} />
                        <input type="hidden" name="userId" value={a.id} />
                        <input type="hidden" name="displayName" value={a.displayName} />
                        <Button
                          appearance={a.disabledAt ? "secondary" : "subtle"}
                          disabled={busy}
                          aria-label={`${a.displayName} ${a.disabledAt ? "weer activeren" : "deactiveren"}`}
                        >
                          {a.disabledAt ? "Weer activeren" : "Deactiveren"}
                        </Button>
                      </Form>
                      {a.mfaEnrolled && (
                        <Form method="post">
                          <input type="hidden" name="intent" value="resetMfa" />
                          <input type="hidden" name="userId" value={a.id} />
                          <Button appearance="subtle" disabled={busy} aria-label={`Tweestapsverificatie herstellen voor ${a.displayName}`}>
                            Tweestapsverificatie herstellen
                          </Button>
                        </Form>
                      )}
                    </div>
                  )}
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      {accounts && <Pager nextCursor={accountsNext} />}

      <Heading level={2}>Tweestapsverificatie verplicht</Heading>
      <Paragraph>
        Kies voor welke rollen tweestapsverificatie verplicht is. Wie zo&apos;n rol heeft en nog geen tweestapsverificatie heeft, stelt die
        direct na het inloggen in, voordat hij iets anders kan doen. Advies: verplicht voor elke rol die gegevens van kinderen ziet.
      </Paragraph>
      <Form method="post" className="jr-fieldset">
        <input type="hidden" name="intent" value="mfaPolicy" />
        <fieldset>
          <legend>Verplicht voor</legend>
          <div className="jr-checkbox-grid">
            {ROLES.map((role) => (
              <label key={role}>
                <input type="checkbox" name="roles" value={role} defaultChecked={policy.roles.includes(role)} /> {ROLE_LABELS[role].nl}
                {SEES_CHILD_DATA.includes(role) ? " (ziet gegevens van kinderen)" : ""}
              </label>
            ))}
          </div>
        </fieldset>
        <Button disabled={busy}>Opslaan</Button>
      </Form>

      <Heading level={2}>Uitnodigingen voor beheerders</Heading>
      <Paragraph>
        De uitnodigingen die jij stuurde aan de eerste beheerder van een regio of aanbieder. Opnieuw sturen maakt een nieuwe link (de oude
        werkt dan niet meer); intrekken maakt de link onbruikbaar.
      </Paragraph>
      <InvitationsTable invitations={invitations} caption="Uitnodigingen aan beheerders" />
      <Pager nextCursor={invitationsNext} param={INVITATIONS_PARAM} />
    </>
  );
}
