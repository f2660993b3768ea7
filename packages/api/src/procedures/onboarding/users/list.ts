import { listInvitations, listOrganisationUsers } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const list = regionAdminProcedure.query(async ({ ctx }) => ({
  users: await listOrganisationUsers(ctx.tx, { regionId: ctx.regionId }),
  invitations: await listInvitations(ctx.tx, { regionId: ctx.regionId }),
}));
