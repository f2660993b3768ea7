import { z } from "zod";
import { getImportJob } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";

/** One import of the region, with its progress and the lines it refused. */
export const get = regionAdminProcedure.input(z.object({ importJobId: z.uuid() })).query(async ({ ctx, input }) => {
  const job = await getImportJob(ctx.tx, ctx.regionId, input.importJobId);
  if (!job) throw new AppError("NOT_FOUND", { nl: "Deze import bestaat niet.", en: "This import does not exist." });
  return job;
});
