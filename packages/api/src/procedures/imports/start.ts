import { z } from "zod";
import { createImportJob, updateImportProgress } from "@jeugdregie/db";
import { AppError, isAppError, MAX_IMPORT_BYTES } from "@jeugdregie/domain";
import { importJob } from "@jeugdregie/jobs";
import { regionAdminProcedure } from "../../trpc.ts";
import { importKind } from "./_shared.ts";

const input = z.object({
  kind: importKind,
  filename: z.string().trim().min(1).max(200),
  content: z.string().max(MAX_IMPORT_BYTES, { message: `Een importbestand is hoogstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` }),
});

/** Stores the file and hands validation and the all-or-nothing commit to the worker. */
export const start = regionAdminProcedure.input(input).mutation(async ({ ctx, input }) => {
  if (input.content.trim() === "") throw new AppError("BAD_INPUT", { nl: "Het bestand is leeg.", en: "The file is empty." });
  const { scope } = ctx.viewer;
  const job = await createImportJob(ctx.tx, scope, ctx.regionId, input);
  ctx.afterCommit(async () => {
    try {
      await ctx.deps.jobs.enqueue(
        importJob,
        {
          importId: job.id,
          scope: { userId: scope.userId, role: "region_admin", regionId: ctx.regionId, providerId: null, supraRegionId: null },
        },
        { jobId: `import-${job.id}` },
      );
    } catch (error) {
      // Only the worker processes an import, and nothing else would hand it over: rather than an
      // import that waits forever, it ends now (visible in the list) and the admin hears why.
      if (isAppError(error) && error.code === "UNAVAILABLE")
        await updateImportProgress(ctx.deps.db, scope, ctx.regionId, job.id, {
          status: "failed",
          errors: [{ line: 0, message: "De verwerking was niet bereikbaar. Start de import opnieuw." }],
          finished: true,
        });
      throw error;
    }
  });
  return job;
});
