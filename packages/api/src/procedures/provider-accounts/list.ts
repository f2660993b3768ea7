import { listInvitations, listOrganisationUsers } from "@jeugdregie/db";
import { providerAdminProcedure } from "../../trpc.ts";

/** The provider admin's own people: its logins and its open invitations. */
export const list = providerAdminProcedure.query(async ({ ctx }) => ({
  users: await listOrganisationUsers(ctx.tx, { providerId: ctx.providerId }),
  invitations: await listInvitations(ctx.tx, { providerId: ctx.providerId }),
}));
