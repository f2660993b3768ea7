import type { createCaller } from "@jeugdregie/api";
import { text } from "./forms.server.ts";

type Caller = ReturnType<typeof createCaller>;

/**
 * The invitation intents of InvitationsTable, for any page that lists invitations; null when the
 * form was about something else. Call inside runAction: a refusal becomes the form's message.
 */
export async function invitationAction(caller: Caller, form: FormData) {
  const intent = text(form, "intent");
  const invitationId = text(form, "invitationId");
  if (intent === "resendInvitation") {
    const sent = await caller.invitations.resend({ invitationId });
    return {
      ok: true,
      message: `De uitnodiging is opnieuw gestuurd naar ${sent.email}. De vorige link werkt niet meer.`,
      resentUrl: sent.invitationUrl,
    };
  }
  if (intent === "revokeInvitation") {
    const revoked = await caller.invitations.revoke({ invitationId });
    return { ok: true, message: `De uitnodiging voor ${revoked.email} is ingetrokken; de link werkt niet meer.` };
  }
  return null;
}
