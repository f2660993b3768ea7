import { accept } from "../procedures/invitations/accept.ts";
import { get } from "../procedures/invitations/get.ts";
import { resend } from "../procedures/invitations/resend.ts";
import { revoke } from "../procedures/invitations/revoke.ts";
import { router } from "../trpc.ts";

export const invitationsRouter = router({ get, accept, resend, revoke });
