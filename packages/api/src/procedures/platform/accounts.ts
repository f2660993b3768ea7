import { z } from "zod";
import { listAccounts, listPlatformInvitations, mfaRequiredRoles, resetAccountMfa, setAccountDisabled, setMfaRequiredRoles, withTenant } from "@jeugdregie/db";
import { ROLES } from "@jeugdregie/domain";
import { platformAdminProcedure } from "../../trpc.ts";
import { pageInput, pageShape } from "../../input.ts";

/*
 * The platform admin's accounts page: find an account, deactivate or reactivate it, remove a lost
 * second factor; the invitations it sent; which roles must use a second factor.
 */

export const listAccountsProcedure = platformAdminProcedure
  .input(z.object({ ...pageShape, query: z.string().trim().max(120) }))
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => listAccounts(tx, input.query, input)));

const userId = z.uuid({ message: "Kies een account." });

export const setAccountActiveProcedure = platformAdminProcedure
  .input(z.object({ userId, active: z.boolean() }))
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => setAccountDisabled(tx, ctx.viewer.scope, input.userId, !input.active)),
  );

export const resetMfaProcedure = platformAdminProcedure
  .input(z.object({ userId }))
  .mutation(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => resetAccountMfa(tx, ctx.viewer.scope, input.userId)));

export const platformInvitationsProcedure = platformAdminProcedure
  .input(pageInput)
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => listPlatformInvitations(tx, input ?? {})));

export const mfaPolicyProcedure = platformAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => ({ roles: await mfaRequiredRoles(tx) })),
);

export const setMfaPolicyProcedure = platformAdminProcedure
  .input(z.object({ roles: z.array(z.enum(ROLES, { message: "Kies rollen uit de lijst." })).max(ROLES.length) }))
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
      const roles = [...new Set(input.roles)];
      await setMfaRequiredRoles(tx, ctx.viewer.scope, roles);
      return { roles };
    }),
  );
