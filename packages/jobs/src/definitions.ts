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

export const IMPORTS_QUEUE = "imports";
export const OUTBOX_QUEUE = "outbox";

const tenantScopePayload = z.object({
  userId: z.uuid(),
  role: z.literal("region_admin"),
  regionIds: z.array(z.uuid()).length(1),
  providerId: z.null(),
  supraRegionId: z.null(),
});

/** Validates and commits an uploaded CSV file; carries the uploader's scope, which the worker re-checks. */
export const importJob = {
  queue: IMPORTS_QUEUE,
  name: "csv-import",
  version: 1,
  payload: z.object({ importId: z.uuid(), scope: tenantScopePayload }),
} satisfies JobDefinition<z.ZodObject>;

export const sendEmailJob = {
  queue: OUTBOX_QUEUE,
  name: "send-email",
  version: 1,
  payload: z.object({ outboxId: z.string().regex(/^\d+$/) }),
} satisfies JobDefinition<z.ZodObject>;

export const PLACEMENT_QUEUE = "placement";

/** Fires at an offer's deadline: an unanswered offer expires and the request returns to matching. */
export const offerExpiryJob = {
  queue: PLACEMENT_QUEUE,
  name: "offer-expiry",
  version: 1,
  payload: z.object({ regionId: z.uuid(), offerId: z.uuid() }),
} satisfies JobDefinition<z.ZodObject>;

/** Capacity appeared in a region (a place freed, capacity raised): look again for waiting requests. */
export const rematchWaitingJob = {
  queue: PLACEMENT_QUEUE,
  name: "rematch-waiting",
  version: 1,
  payload: z.object({ regionId: z.uuid() }),
} satisfies JobDefinition<z.ZodObject>;

/** Hourly: crisis caps coming up, capacity confirmations overdue. */
export const placementChecksJob = {
  queue: PLACEMENT_QUEUE,
  name: "placement-checks",
  version: 1,
  payload: z.object({}).strict(),
} satisfies JobDefinition<z.ZodObject>;

export const ALL_QUEUES = [SYSTEM_QUEUE, IMPORTS_QUEUE, OUTBOX_QUEUE, PLACEMENT_QUEUE] as const;
