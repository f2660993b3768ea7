import { z } from "zod";
import { regionName } from "@jeugdregie/db";
import { REGION_SCOPED_ROLES } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../../trpc.ts";
import { sendInvitation } from "../../../invitations/send.ts";

/** A region admin invites its region's people; provider logins are the provider's own business. */
export const inviteUserInput = z.object({
  email: z.email({ message: "Vul een geldig e-mailadres in." }),
  role: z.enum(REGION_SCOPED_ROLES, { message: "Kies een rol van de regio; medewerkers van aanbieders nodigt de aanbieder zelf uit." }),
});

export const invite = regionAdminProcedure.input(inviteUserInput).mutation(async ({ ctx, input }) =>
  sendInvitation(ctx, {
    email: input.email,
    role: input.role,
    regionId: ctx.regionId,
    providerId: null,
    organisation: await regionName(ctx.tx, ctx.regionId),
  }),
);
