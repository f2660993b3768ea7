import { listInvitations } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { providerAdminProcedure } from "../../trpc.ts";

/** The provider admin's invitations for new logins, newest first. */
export const invitations = providerAdminProcedure
  .input(pageInput)
  .query(({ ctx, input }) => listInvitations(ctx.tx, { providerId: ctx.providerId }, input ?? {}));
