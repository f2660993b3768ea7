import { z } from "zod";
import { setMfaRequiredRoles } from "@jeugdregie/db";
import { ROLES } from "@jeugdregie/domain";
import { platformAdminProcedure } from "../../trpc.ts";

export const setMfaPolicy = platformAdminProcedure
  .input(z.object({ roles: z.array(z.enum(ROLES, { message: "Kies rollen uit de lijst." })).max(ROLES.length) }))
  .mutation(async ({ ctx, input }) => {
    const roles = [...new Set(input.roles)];
    await setMfaRequiredRoles(ctx.tx, ctx.viewer.scope, roles);
    return { roles };
  });
