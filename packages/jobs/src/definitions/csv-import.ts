import { z } from "zod";
import { processImport } from "../imports/process.ts";
import { defineJob } from "../job.ts";
import { IMPORTS_QUEUE } from "../queues.ts";

const tenantScopePayload = z.object({
  userId: z.uuid(),
  role: z.literal("region_admin"),
  regionId: z.uuid(),
  providerId: z.null(),
  supraRegionId: z.null(),
});

/** Validates and commits an uploaded CSV file; carries the uploader's scope, which the handler re-checks. */
export const importJob = defineJob({
  queue: IMPORTS_QUEUE,
  name: "csv-import",
  version: 2,
  payload: z.object({ importId: z.uuid(), scope: tenantScopePayload }),
  handle: (payload, deps) => processImport(deps.db, payload),
});
