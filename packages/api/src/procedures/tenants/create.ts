import { z } from "zod";
import { createRegion } from "@jeugdregie/db";
import { sendInvitation } from "../../invitations/send.ts";
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
  const region = await createRegion(ctx.tx, ctx.viewer.scope, { code: input.code, name: input.name });
  const invitation = await sendInvitation(ctx, {
    email: input.adminEmail,
    role: "region_admin",
    regionId: region.id,
    providerId: null,
    organisation: region.name,
  });
  return { region, invitationUrl: invitation.invitationUrl, expiresAt: invitation.expiresAt };
});
