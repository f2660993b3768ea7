import { z } from "zod";
import { processCrisisCapCheck, processStaleCapacityReminders } from "../daily-checks.ts";
import { defineJob } from "../job.ts";
import { PLACEMENT_QUEUE } from "../queues.ts";

/** Hourly: crisis caps coming up, capacity confirmations overdue. */
export const placementChecksJob = defineJob({
  queue: PLACEMENT_QUEUE,
  name: "placement-checks",
  version: 1,
  payload: z.object({}).strict(),
  handle: async (_payload, deps) => ({
    crisisWarnings: await processCrisisCapCheck(deps.db),
    reminded: await processStaleCapacityReminders(deps.db, deps.cipher),
  }),
});
