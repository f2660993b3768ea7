import { listOrganisationUsers } from "@jeugdregie/db";
import { pageInput } from "../../../input.ts";
import { regionAdminProcedure } from "../../../trpc.ts";

/** The region's people, one row per role they hold: a page by role and name. */
export const list = regionAdminProcedure
  .input(pageInput)
  .query(({ ctx, input }) => listOrganisationUsers(ctx.tx, { regionId: ctx.regionId }, input ?? {}));
