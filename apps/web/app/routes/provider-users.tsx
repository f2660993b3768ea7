import { PROVIDER_SCOPED_ROLES, type ProviderScopedRole } from "@jeugdregie/domain";
import { Heading, Paragraph } from "@jeugdregie/ui";
import type { Route } from "./+types/provider-users";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { invitationAction } from "../lib/invitation-actions.server.ts";
import { runAction, text } from "../lib/forms.server.ts";
import { PEOPLE_PAGE_PARAMS, PeopleAndInvitations } from "../components/PeopleAndInvitations.tsx";
import { cursorFrom } from "../components/Pager.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const [users, invitations, me] = await Promise.all([
    caller.providerAccounts.list({ cursor: cursorFrom(request, PEOPLE_PAGE_PARAMS.users) }).catch(rethrowAsResponse),
    caller.providerAccounts.invitations({ cursor: cursorFrom(request, PEOPLE_PAGE_PARAMS.invitations) }).catch(rethrowAsResponse),
    caller.me(),
  ]);
  return { users, invitations, organisation: me.organisationName };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    const managed = await invitationAction(caller, form);
    if (managed) return managed;
    const invited = await caller.providerAccounts.invite({ email: text(form, "email"), role: text(form, "role") as ProviderScopedRole });
    return { ok: true, invitedEmail: invited.email, invitationUrl: invited.invitationUrl };
  });
}

export default function ProviderUsers({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <>
      <Heading level={1}>Gebruikers van {loaderData.organisation}</Heading>
      <Paragraph lead>
        Jij beheert wie namens jouw organisatie werkt. Een medewerker beantwoordt voorleggingen en houdt de capaciteit bij in alle
        regio&apos;s waarmee je een bevestigd contract hebt; een beheerder kan daarnaast collega&apos;s uitnodigen en contractvoorstellen
        van regio&apos;s bevestigen of afwijzen. Een regio kan geen logins voor jouw organisatie maken.
      </Paragraph>
      <PeopleAndInvitations
        roles={PROVIDER_SCOPED_ROLES}
        users={loaderData.users}
        invitations={loaderData.invitations}
        actionData={actionData}
      />
    </>
  );
}
