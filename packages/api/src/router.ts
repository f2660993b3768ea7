import { login } from "./procedures/auth/login.ts";
import { loginLinkInfo, loginWithLink } from "./procedures/auth/login-link.ts";
import { logout } from "./procedures/auth/logout.ts";
import { me } from "./procedures/auth/me.ts";
import { switchRegion } from "./procedures/auth/switch-region.ts";
import { listAudit } from "./procedures/audit/list.ts";
import { exportCsv } from "./procedures/imports/export.ts";
import { getImport, listImports, startImport, template } from "./procedures/imports/imports.ts";
import { acceptInvitationProcedure, getInvitation } from "./procedures/invitations/invitations.ts";
import { listLocationsProcedure } from "./procedures/locations/list.ts";
import { answerContractProcedure, createContractProcedure, listContractsProcedure } from "./procedures/onboarding/contracts.ts";
import { createLocationProcedure } from "./procedures/onboarding/locations.ts";
import { listMunicipalities, setMunicipalities } from "./procedures/onboarding/municipalities.ts";
import { progress } from "./procedures/onboarding/progress.ts";
import { getProvider, listContractedProviders, registerProviderProcedure, searchProviders } from "./procedures/onboarding/providers.ts";
import { createSegmentProcedure, deleteSegmentProcedure, listSegmentsProcedure } from "./procedures/onboarding/segments.ts";
import { getSettings, saveSettings } from "./procedures/onboarding/settings.ts";
import { getTariffs, saveTariffs } from "./procedures/onboarding/tariffs.ts";
import { inviteUser, listUsers } from "./procedures/onboarding/users.ts";
import { providerOverview } from "./procedures/provider/overview.ts";
import {
  inviteProviderAccount,
  inviteProviderAdmin,
  listProviderAccounts,
  searchProviderAccounts,
} from "./procedures/provider/accounts.ts";
import { finishOidcLogin, startOidcLogin } from "./procedures/oidc/oidc.ts";
import { getOidc, saveOidc } from "./procedures/onboarding/oidc-settings.ts";
import { listRegions } from "./procedures/regions/list.ts";
import { systemStatus } from "./procedures/system/status.ts";
import { retryMail, undeliveredMail } from "./procedures/system/mail.ts";
import { createTenant, listTenants } from "./procedures/tenants/tenants.ts";
import {
  board,
  coordinatorSignalRisk,
  endPlacementProcedure,
  followUp,
  place,
  readNotification,
} from "./procedures/placement/placements.ts";
import {
  proposals,
  putOnWaiting,
  queue,
  requestDetail,
  resumeMatching,
  sendOffer,
  startMatching,
  startTriage,
  withdrawRequest,
} from "./procedures/placement/coordinator.ts";
import { createPlacementRequest, getMyRequest, myRequests, submitRequest, uploadDocument } from "./procedures/placement/intake.ts";
import { answer, capacity, confirmCapacityProcedure, dossier, inbox, signalRisk } from "./procedures/placement/provider.ts";
import { decide, justifications, justify } from "./procedures/placement/out-of-region.ts";
import {
  allocations,
  decideAsSupra,
  outOfRegion,
  phaseOut,
  pooled,
  saveAllocationsProcedure,
  savePhaseOut,
} from "./procedures/supra/supra.ts";
import { getOorFramework, saveOorFramework } from "./procedures/onboarding/framework.ts";
import {
  answerNegotiationProcedure,
  negotiationOptionsProcedure,
  negotiations,
  openNegotiationProcedure,
} from "./procedures/supra/negotiations.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: router({
    login,
    linkInfo: loginLinkInfo,
    loginWithLink,
    logout,
    switchRegion,
    oidcStart: startOidcLogin,
    oidcFinish: finishOidcLogin,
  }),
  me,
  regions: router({ list: listRegions }),
  locations: router({ list: listLocationsProcedure, create: createLocationProcedure }),
  system: router({ status: systemStatus, mail: undeliveredMail, retryMail }),
  tenants: router({ list: listTenants, create: createTenant }),
  invitations: router({ get: getInvitation, accept: acceptInvitationProcedure }),
  onboarding: router({
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
    users: router({ list: listUsers, invite: inviteUser }),
    oidc: router({ get: getOidc, save: saveOidc }),
    framework: router({ get: getOorFramework, save: saveOorFramework }),
  }),
  contracts: router({ list: listContractsProcedure, create: createContractProcedure, answer: answerContractProcedure }),
  providerAccounts: router({
    search: searchProviderAccounts,
    inviteAdmin: inviteProviderAdmin,
    list: listProviderAccounts,
    invite: inviteProviderAccount,
  }),
  imports: router({ template, start: startImport, get: getImport, list: listImports, export: exportCsv }),
  audit: router({ list: listAudit }),
  provider: router({ overview: providerOverview, inbox, answer, dossier, signalRisk, capacity, confirmCapacity: confirmCapacityProcedure }),
  intake: router({ create: createPlacementRequest, uploadDocument, submit: submitRequest, mine: myRequests, get: getMyRequest }),
  placement: router({
    queue,
    get: requestDetail,
    startTriage,
    startMatching,
    proposals,
    sendOffer,
    wait: putOnWaiting,
    resume: resumeMatching,
    withdraw: withdrawRequest,
    place,
    end: endPlacementProcedure,
    board,
    readNotification,
    followUp,
    signalRisk: coordinatorSignalRisk,
    justifications,
    justify,
    decideJustification: decide,
  }),
  supra: router({
    outOfRegion,
    pooled,
    decide: decideAsSupra,
    allocations,
    saveAllocations: saveAllocationsProcedure,
    phaseOut,
    savePhaseOut,
  }),
  negotiations: router({
    list: negotiations,
    options: negotiationOptionsProcedure,
    open: openNegotiationProcedure,
    answer: answerNegotiationProcedure,
  }),
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
