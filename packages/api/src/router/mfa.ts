import { confirmEnrolment, mfaStatusProcedure, startEnrolment } from "../procedures/auth/mfa.ts";
import { router } from "../trpc.ts";

export const mfaRouter = router({ status: mfaStatusProcedure, startEnrolment, confirmEnrolment });
