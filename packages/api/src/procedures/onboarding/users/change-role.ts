import { z } from "zod";
import { changeRegionMemberRole } from "@jeugdregie/db";
import { REGION_SCOPED_ROLES } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../../trpc.ts";

const regionRole = z.enum(REGION_SCOPED_ROLES, { message: "Kies een rol van de regio." });

/** The region admin gives a member another role of the region (one of their roles changes). */
export const changeRole = regionAdminProcedure
  .input(z.object({ userId: z.uuid({ message: "Kies een gebruiker." }), role: regionRole, newRole: regionRole }))
  .mutation(({ ctx, input }) => changeRegionMemberRole(ctx.tx, ctx.viewer.scope, ctx.regionId, input));
