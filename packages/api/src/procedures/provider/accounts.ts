import { z } from "zod";
import { newOpaqueToken } from "@jeugdregie/auth";
import {
  createInvitation,
  enqueueEmail,
  listInvitations,
  listOrganisationUsers,
  providerById,
  registryWithAdmins,
  withTenant,
} from "@jeugdregie/db";
import { AppError, INVITATION_TTL_MS, PROVIDER_SCOPED_ROLES, type ProviderScopedRole } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import type { Context, Viewer } from "../../context.ts";
import { nudgeWorker } from "../../nudge.ts";
import { platformAdminProcedure, providerAdminProcedure } from "../../trpc.ts";
import { invitationEmail, invitationUrl } from "../invitations/links.ts";

const email = z.email({ message: "Vul een geldig e-mailadres in." });

const providerNotFound = () =>
  new AppError("NOT_FOUND", { nl: "Deze aanbieder staat niet in het register.", en: "This provider is not in the registry." });

/** An invitation to a provider's login: no region, the provider as organisation (RLS checks who may). */
async function inviteForProvider(ctx: Context & { viewer: Viewer }, providerId: string, address: string, role: ProviderScopedRole) {
  const { scope } = ctx.viewer;
  const { token, id: tokenHash } = newOpaqueToken();
  const result = await withTenant(ctx.deps.db, scope, async (tx) => {
    const provider = await providerById(tx, providerId);
    if (!provider) throw providerNotFound();
    const invitation = await createInvitation(tx, scope, {
      tokenHash,
      email: address,
      role,
      regionId: null,
      providerId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    const url = invitationUrl(ctx.deps.appUrl, token);
    const outboxId = await enqueueEmail(tx, ctx.deps.crypto, {
      regionId: null,
      recipient: invitation.email,
      ...invitationEmail(url, provider.name, role),
    });
    return { invitation, url, outboxId };
  });
  await nudgeWorker(ctx, sendEmailJob, { outboxId: result.outboxId });
  return { invitationUrl: result.url, email: result.invitation.email, expiresAt: result.invitation.expires_at };
}

/** The platform admin finds a provider in the national registry and sees whether it has an admin yet. */
export const searchProviderAccounts = platformAdminProcedure
  .input(z.object({ query: z.string().trim().max(120) }))
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => registryWithAdmins(tx, input.query)));

/** The platform admin invites a provider's first admin; from then on the provider manages its own logins. */
export const inviteProviderAdmin = platformAdminProcedure
  .input(z.object({ providerId: z.uuid({ message: "Kies een aanbieder." }), email }))
  .mutation(({ ctx, input }) => inviteForProvider(ctx, input.providerId, input.email, "provider_admin"));

/** The provider admin's own people: its logins and its open invitations. */
export const listProviderAccounts = providerAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => ({
    users: await listOrganisationUsers(tx, { providerId: ctx.providerId }),
    invitations: await listInvitations(tx, { providerId: ctx.providerId }),
  })),
);

/** The provider admin invites a colleague for its own provider (never another one: the provider comes from the session). */
export const inviteProviderAccount = providerAdminProcedure
  .input(z.object({ email, role: z.enum(PROVIDER_SCOPED_ROLES, { message: "Kies een rol." }) }))
  .mutation(({ ctx, input }) => inviteForProvider(ctx, ctx.providerId, input.email, input.role));
