import { mail } from "../procedures/system/mail.ts";
import { retryMail } from "../procedures/system/retry-mail.ts";
import { status } from "../procedures/system/status.ts";
import { router } from "../trpc.ts";

export const systemRouter = router({ status, mail, retryMail });
