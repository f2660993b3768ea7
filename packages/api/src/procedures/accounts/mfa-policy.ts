import { mfaRequiredRoles } from "@jeugdregie/db";
import { platformAdminProcedure } from "../../trpc.ts";

/** Which roles must use a second factor. */
export const mfaPolicy = platformAdminProcedure.query(async ({ ctx }) => ({ roles: await mfaRequiredRoles(ctx.tx) }));
