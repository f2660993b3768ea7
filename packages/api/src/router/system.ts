import { retryMail, undeliveredMail } from "../procedures/system/mail.ts";
import { systemStatus } from "../procedures/system/status.ts";
import { router } from "../trpc.ts";

export const systemRouter = router({ status: systemStatus, mail: undeliveredMail, retryMail });
