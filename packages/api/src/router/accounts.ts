import {
  listAccountsProcedure,
  mfaPolicyProcedure,
  platformInvitationsProcedure,
  resetMfaProcedure,
  setAccountActiveProcedure,
  setMfaPolicyProcedure,
} from "../procedures/platform/accounts.ts";
import { router } from "../trpc.ts";

export const accountsRouter = router({
  list: listAccountsProcedure,
  setActive: setAccountActiveProcedure,
  resetMfa: resetMfaProcedure,
  invitations: platformInvitationsProcedure,
  mfaPolicy: mfaPolicyProcedure,
  setMfaPolicy: setMfaPolicyProcedure,
});
