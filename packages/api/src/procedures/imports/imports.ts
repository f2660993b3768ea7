import { z } from "zod";
import { createImportJob, getImportJob, listImportJobs, updateImportProgress, withTenant } from "@jeugdregie/db";
import { AppError, importTemplate, isAppError, MAX_IMPORT_BYTES } from "@jeugdregie/domain";
import { importJob } from "@jeugdregie/jobs";
import { regionAdminProcedure } from "../../trpc.ts";
import { pageInput } from "../../input.ts";

const kind = z.enum(["providers", "locations", "contracts"], { message: "Kies wat je importeert: aanbieders, locaties of contracten." });

export const template = regionAdminProcedure
  .input(z.object({ kind }))
  .query(({ input }) => ({ filename: `jeugdregie-${input.kind}-sjabloon.csv`, content: importTemplate(input.kind) }));

export const startImportInput = z.object({
  kind,
  filename: z.string().trim().min(1).max(200),
  content: z.string().max(MAX_IMPORT_BYTES, { message: `Een importbestand is hoogstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` }),
});

/** Stores the file and hands validation and the all-or-nothing commit to the worker. */
export const startImport = regionAdminProcedure.input(startImportInput).mutation(async ({ ctx, input }) => {
  if (input.content.trim() === "") throw new AppError("BAD_INPUT", { nl: "Het bestand is leeg.", en: "The file is empty." });
  const { scope } = ctx.viewer;
  const job = await withTenant(ctx.deps.db, scope, (tx) => createImportJob(tx, scope, ctx.regionId, input));
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
  return job;
});

export const getImport = regionAdminProcedure.input(z.object({ importJobId: z.uuid() })).query(async ({ ctx, input }) => {
  const job = await withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => getImportJob(tx, ctx.regionId, input.importJobId));
  if (!job) throw new AppError("NOT_FOUND", { nl: "Deze import bestaat niet.", en: "This import does not exist." });
  return job;
});

export const listImports = regionAdminProcedure
  .input(pageInput)
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => listImportJobs(tx, ctx.regionId, input ?? {})));
