import { z } from "zod";
import { changeRegionMemberRole, removeRegionMember, withTenant } from "@jeugdregie/db";
import { REGION_SCOPED_ROLES } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";

const userId = z.uuid({ message: "Kies een gebruiker." });
const regionRole = z.enum(REGION_SCOPED_ROLES, { message: "Kies een rol van de regio." });

/**
 * The region admin takes a person's access to the region away: all their roles here end, their
 * account and their work for other organisations stay. Not their own, and the region keeps an admin.
 */
export const removeMemberProcedure = regionAdminProcedure
  .input(z.object({ userId }))
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => removeRegionMember(tx, ctx.viewer.scope, ctx.regionId, input.userId)),
  );

/** The region admin gives a member another role of the region (one of their roles changes). */
export const changeMemberRoleProcedure = regionAdminProcedure
  .input(z.object({ userId, role: regionRole, newRole: regionRole }))
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => changeRegionMemberRole(tx, ctx.viewer.scope, ctx.regionId, input)),
  );
