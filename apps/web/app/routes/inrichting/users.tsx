import { REGION_SCOPED_ROLES, type RegionScopedRole } from "@jeugdregie/domain";
import { Heading, Paragraph } from "@jeugdregie/ui";
import type { Route } from "./+types/users";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { invitationAction } from "../../lib/invitation-actions.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { PeopleAndInvitations } from "../../components/PeopleAndInvitations.tsx";

// Coordinators first: the role a region invites most.
const INVITABLE: RegionScopedRole[] = ["placement_coordinator", ...REGION_SCOPED_ROLES.filter((r) => r !== "placement_coordinator")];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return caller.onboarding.users.list().catch(rethrowAsResponse);
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    const managed = await invitationAction(caller, form);
    if (managed) return managed;
    const invited = await caller.onboarding.users.invite({ email: text(form, "email"), role: text(form, "role") as RegionScopedRole });
    return { ok: true, invitedEmail: invited.email, invitationUrl: invited.invitationUrl };
  });
}

export default function Users({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <>
      <Heading level={2}>7. Gebruikers</Heading>
      <Paragraph>
        Nodig de mensen van je regio uit: coördinatoren, het crisisteam, verwijzers en regiobeheerders. Medewerkers van aanbieders nodig je
        niet uit: die beheert elke aanbieder zelf (de beheerder van de aanbieder), want één login werkt voor alle regio&apos;s van die
        aanbieder.
      </Paragraph>
      <PeopleAndInvitations roles={INVITABLE} users={loaderData.users} invitations={loaderData.invitations} actionData={actionData} />
    </>
  );
}
