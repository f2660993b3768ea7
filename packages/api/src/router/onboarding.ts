import { getOorFramework, saveOorFramework } from "../procedures/onboarding/framework.ts";
import { changeMemberRoleProcedure, removeMemberProcedure } from "../procedures/onboarding/members.ts";
import { listMunicipalities, setMunicipalities } from "../procedures/onboarding/municipalities.ts";
import { getOidc, saveOidc } from "../procedures/onboarding/oidc-settings.ts";
import { progress } from "../procedures/onboarding/progress.ts";
import { getProvider, listContractedProviders, registerProviderProcedure, searchProviders } from "../procedures/onboarding/providers.ts";
import { createSegmentProcedure, deleteSegmentProcedure, listSegmentsProcedure } from "../procedures/onboarding/segments.ts";
import { getSettings, saveSettings } from "../procedures/onboarding/settings.ts";
import { getTariffs, saveTariffs } from "../procedures/onboarding/tariffs.ts";
import { inviteUser, listUsers } from "../procedures/onboarding/users.ts";
import { router } from "../trpc.ts";

export const onboardingRouter = router({
  progress,
  municipalities: router({ list: listMunicipalities, set: setMunicipalities }),
  settings: router({ get: getSettings, save: saveSettings }),
  segments: router({ list: listSegmentsProcedure, create: createSegmentProcedure, remove: deleteSegmentProcedure }),
  providers: router({
    get: getProvider,
    search: searchProviders,
    register: registerProviderProcedure,
    contracted: listContractedProviders,
  }),
  tariffs: router({ get: getTariffs, save: saveTariffs }),
  users: router({ list: listUsers, invite: inviteUser, remove: removeMemberProcedure, changeRole: changeMemberRoleProcedure }),
  oidc: router({ get: getOidc, save: saveOidc }),
  framework: router({ get: getOorFramework, save: saveOorFramework }),
});
