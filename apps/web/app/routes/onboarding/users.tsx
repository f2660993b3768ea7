import { codeLabel, REGION_SCOPED_ROLES, ROLE_LABELS, type RegionScopedRole } from "@jeugdregie/domain";
import { Heading, Paragraph } from "@jeugdregie/ui";
import type { Route } from "./+types/users";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { invitationAction } from "../../lib/invitation-actions.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { PEOPLE_PAGE_PARAMS, PeopleAndInvitations } from "../../components/PeopleAndInvitations.tsx";
import { cursorFrom } from "../../components/Pager.tsx";

// Coordinators first: the role a region invites most.
const INVITABLE: RegionScopedRole[] = ["placement_coordinator", ...REGION_SCOPED_ROLES.filter((r) => r !== "placement_coordinator")];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const [users, invitations] = await Promise.all([
    caller.onboarding.users.list({ cursor: cursorFrom(request, PEOPLE_PAGE_PARAMS.users) }).catch(rethrowAsResponse),
    caller.onboarding.users.invitations({ cursor: cursorFrom(request, PEOPLE_PAGE_PARAMS.invitations) }).catch(rethrowAsResponse),
  ]);
  return { users, invitations, selfId: viewer.user.id };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    const managed = await invitationAction(caller, form);
    if (managed) return managed;
    const intent = text(form, "intent");
    if (intent === "remove") {
      const removed = await caller.onboarding.users.remove({ userId: text(form, "userId") });
      return {
        ok: true,
        message: `Toegang tot de regio ingetrokken (${removed.roles.map((r) => codeLabel("role", r)).join(", ")}). Het account blijft bestaan voor andere organisaties.`,
      };
    }
    if (intent === "changeRole") {
      const changed = await caller.onboarding.users.changeRole({
        userId: text(form, "userId"),
        role: text(form, "role") as RegionScopedRole,
        newRole: text(form, "newRole") as RegionScopedRole,
      });
      return { ok: true, message: `Rol gewijzigd in ${ROLE_LABELS[changed.role].nl}.` };
    }
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
      <Paragraph>
        Gaat iemand weg of krijgt iemand ander werk, dan wijzig je hier de rol of trek je de toegang tot de regio in. Het account zelf
        blijft bestaan (bijvoorbeeld voor een andere regio); elke wijziging staat in het logboek.
      </Paragraph>
      <PeopleAndInvitations
        roles={INVITABLE}
        manage={{ selfId: loaderData.selfId }}
        users={loaderData.users}
        invitations={loaderData.invitations}
        actionData={actionData}
      />
    </>
  );
}
