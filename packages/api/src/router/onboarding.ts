import { get as getFramework } from "../procedures/onboarding/framework/get.ts";
import { save as saveFramework } from "../procedures/onboarding/framework/save.ts";
import { list as listMunicipalities } from "../procedures/onboarding/municipalities/list.ts";
import { set as setMunicipalities } from "../procedures/onboarding/municipalities/set.ts";
import { get as getOidc } from "../procedures/onboarding/oidc/get.ts";
import { save as saveOidc } from "../procedures/onboarding/oidc/save.ts";
import { progress } from "../procedures/onboarding/progress.ts";
import { contracted as contractedProviders } from "../procedures/onboarding/providers/contracted.ts";
import { get as getProvider } from "../procedures/onboarding/providers/get.ts";
import { register as registerProvider } from "../procedures/onboarding/providers/register.ts";
import { search as searchProviders } from "../procedures/onboarding/providers/search.ts";
import { create as createSegment } from "../procedures/onboarding/segments/create.ts";
import { list as listSegments } from "../procedures/onboarding/segments/list.ts";
import { remove as removeSegment } from "../procedures/onboarding/segments/remove.ts";
import { get as getSettings } from "../procedures/onboarding/settings/get.ts";
import { save as saveSettings } from "../procedures/onboarding/settings/save.ts";
import { get as getTariffs } from "../procedures/onboarding/tariffs/get.ts";
import { save as saveTariffs } from "../procedures/onboarding/tariffs/save.ts";
import { changeRole as changeUserRole } from "../procedures/onboarding/users/change-role.ts";
import { invitations as userInvitations } from "../procedures/onboarding/users/invitations.ts";
import { invite as inviteUser } from "../procedures/onboarding/users/invite.ts";
import { list as listUsers } from "../procedures/onboarding/users/list.ts";
import { remove as removeUser } from "../procedures/onboarding/users/remove.ts";
import { router } from "../trpc.ts";

export const onboardingRouter = router({
  progress,
  municipalities: router({ list: listMunicipalities, set: setMunicipalities }),
  settings: router({ get: getSettings, save: saveSettings }),
  segments: router({ list: listSegments, create: createSegment, remove: removeSegment }),
  providers: router({ get: getProvider, search: searchProviders, register: registerProvider, contracted: contractedProviders }),
  tariffs: router({ get: getTariffs, save: saveTariffs }),
  users: router({ list: listUsers, invitations: userInvitations, invite: inviteUser, remove: removeUser, changeRole: changeUserRole }),
  oidc: router({ get: getOidc, save: saveOidc }),
  framework: router({ get: getFramework, save: saveFramework }),
});
