import { z } from "zod";
import { newOpaqueToken } from "@jeugdregie/auth";
import { createInvitation, createRegion, enqueueEmail } from "@jeugdregie/db";
import { INVITATION_TTL_MS } from "@jeugdregie/domain";
import { sendEmailJob } from "@jeugdregie/jobs";
import { invitationEmail, invitationUrl } from "../../invitations/links.ts";
import { nudgeWorker } from "../../nudge.ts";
import { platformAdminProcedure } from "../../trpc.ts";

const input = z.object({
  name: z.string().trim().min(2, { message: "Vul de naam van de regio in." }).max(120),
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{2,60}$/, { message: "Een code bestaat uit kleine letters, cijfers en streepjes." }),
  adminEmail: z.email({ message: "Vul een geldig e-mailadres in voor de regiobeheerder." }),
});

/** A new region tenant and the invitation for its first region admin, in one transaction. */
export const create = platformAdminProcedure.input(input).mutation(async ({ ctx, input }) => {
  const { scope } = ctx.viewer;
  const { token, id: tokenHash } = newOpaqueToken();
  const region = await createRegion(ctx.tx, scope, { code: input.code, name: input.name });
  const invitation = await createInvitation(ctx.tx, scope, {
    tokenHash,
    email: input.adminEmail,
    role: "region_admin",
    regionId: region.id,
    providerId: null,
    expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
  });
  const url = invitationUrl(ctx.deps.appUrl, token);
  const outboxId = await enqueueEmail(ctx.tx, ctx.deps.crypto, {
    regionId: region.id,
    recipient: invitation.email,
    ...invitationEmail(url, region.name, "region_admin"),
  });
  ctx.afterCommit(() => nudgeWorker(ctx, sendEmailJob, { outboxId }));
  return { region, invitationUrl: url, expiresAt: invitation.expires_at };
});
