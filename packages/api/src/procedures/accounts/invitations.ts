import { listPlatformInvitations } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { platformAdminProcedure } from "../../trpc.ts";

/** The invitations the platform admin sent. */
export const invitations = platformAdminProcedure.input(pageInput).query(({ ctx, input }) => listPlatformInvitations(ctx.tx, input ?? {}));
