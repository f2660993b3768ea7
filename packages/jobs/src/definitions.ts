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

/**
 * Fires at an offer's deadline: an unanswered offer expires and the request returns to matching.
 * A timer for precision only: the worker's sweep expires overdue offers from the database itself.
 */
export const offerExpiryJob = {
  queue: PLACEMENT_QUEUE,
  name: "offer-expiry",
  version: 1,
  payload: z.object({ regionId: z.uuid(), offerId: z.uuid() }),
} satisfies JobDefinition<z.ZodObject>;

/** One delayed expiry job per offer (its id makes adding it again a no-op), a second after the deadline. */
export function offerExpiryJobOptions(offerId: string, deadlineAt: Date, now: Date = new Date()) {
  return { delay: Math.max(0, deadlineAt.getTime() - now.getTime()) + 1000, jobId: `offer-expiry-${offerId}` };
}

/** Capacity appeared in a region (a place freed, capacity raised): look again for waiting requests. */
export const rematchWaitingJob = {
  queue: PLACEMENT_QUEUE,
  name: "rematch-waiting",
  version: 1,
  payload: z.object({ regionId: z.uuid() }),
} satisfies JobDefinition<z.ZodObject>;

/**
 * Re-matching is slow and per region: one waiting job per region at a time (a burst of freed
 * places is one run), plus at most one follow-up when places free up while it runs.
 */
export function rematchWaitingJobOptions(regionId: string) {
  return { deduplication: { id: `rematch-waiting-${regionId}`, keepLastIfActive: true } };
}

/** Hourly: crisis caps coming up, capacity confirmations overdue. */
export const placementChecksJob = {
  queue: PLACEMENT_QUEUE,
  name: "placement-checks",
  version: 1,
  payload: z.object({}).strict(),
} satisfies JobDefinition<z.ZodObject>;

export const ALL_QUEUES = [SYSTEM_QUEUE, IMPORTS_QUEUE, OUTBOX_QUEUE, PLACEMENT_QUEUE] as const;
