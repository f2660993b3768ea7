import { z } from "zod";
import { newOpaqueToken } from "@jeugdregie/auth";
import { createInvitation, enqueueEmail, listInvitations, listOrganisationUsers, withTenant } from "@jeugdregie/db";
import { INVITATION_TTL_MS, REGION_SCOPED_ROLES } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import { regionAdminProcedure } from "../../trpc.ts";
import { nudgeWorker } from "../../nudge.ts";
import { invitationEmail, invitationUrl } from "../invitations/links.ts";

export const listUsers = regionAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => ({
    users: await listOrganisationUsers(tx, { regionId: ctx.regionId }),
    invitations: await listInvitations(tx, { regionId: ctx.regionId }),
  })),
);

/** A region admin invites its region's people; provider logins are the provider's own business. */
export const inviteUserInput = z.object({
  email: z.email({ message: "Vul een geldig e-mailadres in." }),
  role: z.enum(REGION_SCOPED_ROLES, { message: "Kies een rol van de regio; medewerkers van aanbieders nodigt de aanbieder zelf uit." }),
});

export const inviteUser = regionAdminProcedure.input(inviteUserInput).mutation(async ({ ctx, input }) => {
  const { scope } = ctx.viewer;
  const { token, id: tokenHash } = newOpaqueToken();
  const result = await withTenant(ctx.deps.db, scope, async (tx) => {
    const organisation = (await tx.selectFrom("regions").select("name").where("id", "=", ctx.regionId).executeTakeFirstOrThrow()).name;
    const invitation = await createInvitation(tx, scope, {
      tokenHash,
      email: input.email,
      role: input.role,
      regionId: ctx.regionId,
      providerId: null,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    const url = invitationUrl(ctx.deps.appUrl, token);
    const outboxId = await enqueueEmail(tx, ctx.deps.crypto, {
      regionId: ctx.regionId,
      recipient: invitation.email,
      ...invitationEmail(url, organisation, input.role),
    });
    return { invitation, url, outboxId };
  });
  await nudgeWorker(ctx, sendEmailJob, { outboxId: result.outboxId });
  return { invitationUrl: result.url, email: result.invitation.email, expiresAt: result.invitation.expires_at };
});
