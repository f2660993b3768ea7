import { z } from "zod";
import { newOpaqueToken } from "@jeugdregie/auth";
import { createInvitation, enqueueEmail, regionName } from "@jeugdregie/db";
import { INVITATION_TTL_MS, REGION_SCOPED_ROLES } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import { regionAdminProcedure } from "../../../trpc.ts";
import { nudgeWorker } from "../../../nudge.ts";
import { invitationEmail, invitationUrl } from "../../../invitations/links.ts";

/** A region admin invites its region's people; provider logins are the provider's own business. */
export const inviteUserInput = z.object({
  email: z.email({ message: "Vul een geldig e-mailadres in." }),
  role: z.enum(REGION_SCOPED_ROLES, { message: "Kies een rol van de regio; medewerkers van aanbieders nodigt de aanbieder zelf uit." }),
});

export const invite = regionAdminProcedure.input(inviteUserInput).mutation(async ({ ctx, input }) => {
  const { token, id: tokenHash } = newOpaqueToken();
  const organisation = await regionName(ctx.tx, ctx.regionId);
  const invitation = await createInvitation(ctx.tx, ctx.viewer.scope, {
    tokenHash,
    email: input.email,
    role: input.role,
    regionId: ctx.regionId,
    providerId: null,
    expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
  });
  const url = invitationUrl(ctx.deps.appUrl, token);
  const outboxId = await enqueueEmail(ctx.tx, ctx.deps.crypto, {
    regionId: ctx.regionId,
    recipient: invitation.email,
    ...invitationEmail(url, organisation, input.role),
  });
  ctx.afterCommit(() => nudgeWorker(ctx, sendEmailJob, { outboxId }));
  return { invitationUrl: url, email: invitation.email, expiresAt: invitation.expires_at };
});
