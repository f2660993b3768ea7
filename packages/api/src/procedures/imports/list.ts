import { listImportJobs } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { regionAdminProcedure } from "../../trpc.ts";

/** The region's imports, newest first. */
export const list = regionAdminProcedure.input(pageInput).query(({ ctx, input }) => listImportJobs(ctx.tx, ctx.regionId, input ?? {}));
