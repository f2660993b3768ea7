import { z } from "zod";
import { newOpaqueToken } from "@jeugdregie/auth";
import { createInvitation, enqueueEmail, listInvitations, listRegionUsers, withTenant } from "@jeugdregie/db";
import { AppError, INVITATION_TTL_MS } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import { regionAdminProcedure } from "../../trpc.ts";
import { invitationEmail, invitationUrl } from "../invitations/links.ts";

export const listUsers = regionAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => ({
    users: await listRegionUsers(tx, ctx.regionId),
    invitations: await listInvitations(tx, ctx.regionId),
  })),
);

export const inviteUserInput = z
  .object({
    email: z.email({ message: "Vul een geldig e-mailadres in." }),
    role: z.enum(["region_admin", "placement_coordinator", "crisis_team", "referrer", "provider_user"], { message: "Kies een rol." }),
    providerId: z.uuid().nullable().default(null),
  })
  .refine((i) => (i.role === "provider_user") === (i.providerId !== null), {
    message: "Kies voor een medewerker van een aanbieder de aanbieder (en alleen dan).",
    path: ["providerId"],
  });

/** Invites a region member, or a provider user for a provider this region contracts. */
export const inviteUser = regionAdminProcedure.input(inviteUserInput).mutation(async ({ ctx, input }) => {
  const { scope } = ctx.viewer;
  const { token, id: tokenHash } = newOpaqueToken();
  const result = await withTenant(ctx.deps.db, scope, async (tx) => {
    let organisation = (await tx.selectFrom("regions").select("name").where("id", "=", ctx.regionId).executeTakeFirstOrThrow()).name;
    if (input.providerId) {
      const contracted = await tx
        .selectFrom("contracts as c")
        .innerJoin("providers as p", "p.id", "c.provider_id")
        .select("p.name")
        .where("c.region_id", "=", ctx.regionId)
        .where("c.provider_id", "=", input.providerId)
        .executeTakeFirst();
      if (!contracted)
        throw new AppError("BAD_INPUT", {
          nl: "Je kunt alleen medewerkers uitnodigen van aanbieders met een contract in deze regio.",
          en: "You can only invite users of providers contracted by this region.",
        });
      organisation = contracted.name;
    }
    const invitation = await createInvitation(tx, scope, {
      tokenHash,
      email: input.email,
      role: input.role,
      regionId: ctx.regionId,
      providerId: input.providerId,
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
  await ctx.deps.jobs.enqueue(sendEmailJob, { outboxId: result.outboxId });
  return { invitationUrl: result.url, email: result.invitation.email, expiresAt: result.invitation.expires_at };
});
