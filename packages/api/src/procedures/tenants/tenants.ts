import { z } from "zod";
import { newOpaqueToken } from "@jeugdregie/auth";
import { createInvitation, createRegion, enqueueEmail, regionCounts, withTenant } from "@jeugdregie/db";
import { INVITATION_TTL_MS, onboardingProgress } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import { platformAdminProcedure } from "../../trpc.ts";
import { nudgeWorker } from "../../nudge.ts";
import { invitationEmail, invitationUrl } from "../invitations/links.ts";

export const createTenantInput = z.object({
  name: z.string().trim().min(2, { message: "Vul de naam van de regio in." }).max(120),
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{2,60}$/, { message: "Een code bestaat uit kleine letters, cijfers en streepjes." }),
  adminEmail: z.email({ message: "Vul een geldig e-mailadres in voor de regiobeheerder." }),
});

/** A new region tenant and the invitation for its first region admin, in one transaction. */
export const createTenant = platformAdminProcedure.input(createTenantInput).mutation(async ({ ctx, input }) => {
  const { scope } = ctx.viewer;
  const { token, id: tokenHash } = newOpaqueToken();
  const result = await withTenant(ctx.deps.db, scope, async (tx) => {
    const region = await createRegion(tx, scope, { code: input.code, name: input.name });
    const invitation = await createInvitation(tx, scope, {
      tokenHash,
      email: input.adminEmail,
      role: "region_admin",
      regionId: region.id,
      providerId: null,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    const url = invitationUrl(ctx.deps.appUrl, token);
    const outboxId = await enqueueEmail(tx, ctx.deps.crypto, {
      regionId: region.id,
      recipient: invitation.email,
      ...invitationEmail(url, region.name, "region_admin"),
    });
    return { region, invitation, url, outboxId };
  });
  await nudgeWorker(ctx, sendEmailJob, { outboxId: result.outboxId });
  return { region: result.region, invitationUrl: result.url, expiresAt: result.invitation.expires_at };
});

export const listTenants = platformAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    const regions = await tx.selectFrom("regions").select(["id", "code", "name", "created_at"]).orderBy("name").execute();
    return Promise.all(regions.map(async (r) => ({ ...r, progress: onboardingProgress(await regionCounts(tx, r.id)) })));
  }),
);
