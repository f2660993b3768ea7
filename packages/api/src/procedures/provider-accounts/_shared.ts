import { z } from "zod";
import { newOpaqueToken } from "@jeugdregie/auth";
import { createInvitation, enqueueEmail, providerById, type Tx } from "@jeugdregie/db";
import { AppError, INVITATION_TTL_MS, type ProviderScopedRole } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import type { Context, Viewer } from "../../context.ts";
import { nudgeWorker } from "../../nudge.ts";
import type { AfterCommit } from "../../trpc.ts";
import { invitationEmail, invitationUrl } from "../../invitations/links.ts";

export const email = z.email({ message: "Vul een geldig e-mailadres in." });

const providerNotFound = () =>
  new AppError("NOT_FOUND", { nl: "Deze aanbieder staat niet in het register.", en: "This provider is not in the registry." });

/** An invitation to a provider's login: no region, the provider as organisation (RLS checks who may). */
export async function inviteForProvider(
  ctx: Context & { viewer: Viewer; tx: Tx; afterCommit: AfterCommit },
  providerId: string,
  address: string,
  role: ProviderScopedRole,
) {
  const { token, id: tokenHash } = newOpaqueToken();
  const provider = await providerById(ctx.tx, providerId);
  if (!provider) throw providerNotFound();
  const invitation = await createInvitation(ctx.tx, ctx.viewer.scope, {
    tokenHash,
    email: address,
    role,
    regionId: null,
    providerId,
    expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
  });
  const url = invitationUrl(ctx.deps.appUrl, token);
  const outboxId = await enqueueEmail(ctx.tx, ctx.deps.crypto, {
    regionId: null,
    recipient: invitation.email,
    ...invitationEmail(url, provider.name, role),
  });
  ctx.afterCommit(() => nudgeWorker(ctx, sendEmailJob, { outboxId }));
  return { invitationUrl: url, email: invitation.email, expiresAt: invitation.expires_at };
}
