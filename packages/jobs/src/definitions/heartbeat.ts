import { z } from "zod";
import { processHeartbeat } from "../heartbeat.ts";
import { defineJob } from "../job.ts";
import { SYSTEM_QUEUE } from "../queues.ts";

/** The worker says it is alive (the status page reads it); scheduled every HEARTBEAT_EVERY_MS. */
export const heartbeatJob = defineJob({
  queue: SYSTEM_QUEUE,
  name: "heartbeat",
  version: 1,
  payload: z.object({}).strict(),
  handle: async (_payload, deps) => processHeartbeat(deps.db, deps.identity),
});
