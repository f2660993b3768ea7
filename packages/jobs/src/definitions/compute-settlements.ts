import { z } from "zod";
import { defineJob } from "../job.ts";
import { processComputeSettlements } from "../money.ts";
import { IMPORTS_QUEUE } from "../queues.ts";

const NAME = "compute-settlements";
const VERSION = 1;

/**
 * Computes a region's yearly guarantee settlements at a region admin's request. Runs on the
 * imports queue: a region admin's batch work, one job at a time, so two requests for the same
 * year run one after the other (the job is idempotent). The requester's scope is re-checked
 * against their memberships before anything is read.
 */
export const computeSettlementsJob = defineJob({
  queue: IMPORTS_QUEUE,
  name: NAME,
  version: VERSION,
  payload: z.object({
    year: z.number().int().min(2020).max(2100),
    scope: z.object({
      userId: z.uuid(),
      role: z.literal("region_admin"),
      regionId: z.uuid(),
      providerId: z.null(),
      supraRegionId: z.null(),
    }),
  }),
  handle: (payload, deps) => processComputeSettlements(deps.db, payload, `${NAME} v${VERSION}`),
});
