import { login } from "./procedures/auth/login.ts";
import { loginLinkInfo, loginWithLink } from "./procedures/auth/login-link.ts";
import { logout } from "./procedures/auth/logout.ts";
import { confirmEnrolment, mfaStatusProcedure, startEnrolment, verifyCode } from "./procedures/auth/mfa.ts";
import { passwordResetInfo, requestPasswordReset, resetPassword } from "./procedures/auth/password-reset.ts";
import { resendInvitation, revokeInvitationProcedure } from "./procedures/invitations/manage.ts";
import {
  listAccountsProcedure,
  mfaPolicyProcedure,
  platformInvitationsProcedure,
  resetMfaProcedure,
  setAccountActiveProcedure,
  setMfaPolicyProcedure,
} from "./procedures/platform/accounts.ts";
import { me } from "./procedures/auth/me.ts";
import { switchRegion } from "./procedures/auth/switch-region.ts";
import { auditPageProcedure, listAudit } from "./procedures/audit/list.ts";
import { exportCsv } from "./procedures/imports/export.ts";
import { getImport, listImports, startImport, template } from "./procedures/imports/imports.ts";
import { acceptInvitationProcedure, getInvitation } from "./procedures/invitations/invitations.ts";
import { listLocationsProcedure } from "./procedures/locations/list.ts";
import { answerContractProcedure, createContractProcedure, listContractsProcedure } from "./procedures/onboarding/contracts.ts";
import {
  createLocationProcedure,
  getLocationProcedure,
  setLocationActiveProcedure,
  updateLocationProcedure,
} from "./procedures/onboarding/locations.ts";
import { endContractProcedure, getContractProcedure, updateContractProcedure } from "./procedures/onboarding/contract-changes.ts";
import { changeMemberRoleProcedure, removeMemberProcedure } from "./procedures/onboarding/members.ts";
import { correctProviderProcedure } from "./procedures/provider/registry.ts";
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
import { createPlacementRequest, submitRequest, uploadDocument } from "./procedures/placement/intake.ts";
import { deleteDraft, getMyRequest, municipalityChoices, myRequests } from "./procedures/placement/referrer.ts";
import {
  answer,
  capacity,
  confirmAllCapacityProcedure,
  confirmCapacityProcedure,
  dossier,
  inbox,
  signalRisk,
} from "./procedures/placement/provider.ts";
import { decide, justifications, justify } from "./procedures/placement/out-of-region.ts";
import { openDocument } from "./procedures/placement/documents.ts";
import { worklist } from "./procedures/placement/worklist.ts";
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
    verifyCode,
    requestPasswordReset,
    passwordResetInfo,
    resetPassword,
  }),
  mfa: router({ status: mfaStatusProcedure, startEnrolment, confirmEnrolment }),
  accounts: router({
    list: listAccountsProcedure,
    setActive: setAccountActiveProcedure,
    resetMfa: resetMfaProcedure,
    invitations: platformInvitationsProcedure,
    mfaPolicy: mfaPolicyProcedure,
    setMfaPolicy: setMfaPolicyProcedure,
  }),
  me,
  regions: router({ list: listRegions }),
  locations: router({
    list: listLocationsProcedure,
    create: createLocationProcedure,
    get: getLocationProcedure,
    update: updateLocationProcedure,
    setActive: setLocationActiveProcedure,
  }),
  system: router({ status: systemStatus, mail: undeliveredMail, retryMail }),
  tenants: router({ list: listTenants, create: createTenant }),
  invitations: router({ get: getInvitation, accept: acceptInvitationProcedure, resend: resendInvitation, revoke: revokeInvitationProcedure }),
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
    users: router({ list: listUsers, invite: inviteUser, remove: removeMemberProcedure, changeRole: changeMemberRoleProcedure }),
    oidc: router({ get: getOidc, save: saveOidc }),
    framework: router({ get: getOorFramework, save: saveOorFramework }),
  }),
  contracts: router({
    list: listContractsProcedure,
    get: getContractProcedure,
    create: createContractProcedure,
    update: updateContractProcedure,
    end: endContractProcedure,
    answer: answerContractProcedure,
  }),
  registry: router({ correct: correctProviderProcedure }),
  providerAccounts: router({
    search: searchProviderAccounts,
    inviteAdmin: inviteProviderAdmin,
    list: listProviderAccounts,
    invite: inviteProviderAccount,
  }),
  imports: router({ template, start: startImport, get: getImport, list: listImports, export: exportCsv }),
  audit: router({ list: listAudit, page: auditPageProcedure }),
  documents: router({ open: openDocument }),
  provider: router({
    overview: providerOverview,
    inbox,
    answer,
    dossier,
    signalRisk,
    capacity,
    confirmCapacity: confirmCapacityProcedure,
    confirmAllCapacity: confirmAllCapacityProcedure,
  }),
  intake: router({
    create: createPlacementRequest,
    uploadDocument,
    submit: submitRequest,
    mine: myRequests,
    get: getMyRequest,
    deleteDraft,
    municipalities: municipalityChoices,
  }),
  placement: router({
    queue,
    worklist,
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
