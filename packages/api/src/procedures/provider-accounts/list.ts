import { listOrganisationUsers } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { providerAdminProcedure } from "../../trpc.ts";

/** The provider admin's own people: its logins, a page by role and name. */
export const list = providerAdminProcedure
  .input(pageInput)
  .query(({ ctx, input }) => listOrganisationUsers(ctx.tx, { providerId: ctx.providerId }, input ?? {}));
