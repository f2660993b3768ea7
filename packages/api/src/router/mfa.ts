import { confirmEnrolment } from "../procedures/mfa/confirm-enrolment.ts";
import { startEnrolment } from "../procedures/mfa/start-enrolment.ts";
import { status } from "../procedures/mfa/status.ts";
import { router } from "../trpc.ts";

export const mfaRouter = router({ status, startEnrolment, confirmEnrolment });
