import { z } from "zod";

/**
 * A job is named, versioned and has a payload schema; the worker re-validates every payload
 * (and, for tenant jobs, re-checks the tenant scope it carries).
 */
export interface JobDefinition<TPayload extends z.ZodType> {
  queue: string;
  name: string;
  version: number;
  payload: TPayload;
}

export const SYSTEM_QUEUE = "system";

export const heartbeatJob = {
  queue: SYSTEM_QUEUE,
  name: "heartbeat",
  version: 1,
  payload: z.object({}).strict(),
} satisfies JobDefinition<z.ZodObject>;

export const ALL_QUEUES = [SYSTEM_QUEUE] as const;
