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

/**
 * How long after its deadline an offer's timer fires: enough for the worker's clock to agree that
 * the deadline passed, small against the 1 s within which an offer should expire (issue 12).
 */
export const EXPIRY_TIMER_MARGIN_MS = 200;

/** One delayed expiry job per offer (its id makes adding it again a no-op), just after the deadline. */
export function offerExpiryJobOptions(offerId: string, deadlineAt: Date, now: Date = new Date()) {
  return { delay: Math.max(0, deadlineAt.getTime() - now.getTime()) + EXPIRY_TIMER_MARGIN_MS, jobId: `offer-expiry-${offerId}` };
}

/**
 * Re-matching has its own queue and worker (one job at a time): a burst of expiries or freed places
 * never waits behind it, and it never takes a slot from the offer deadlines on PLACEMENT_QUEUE.
 */
export const MATCHING_QUEUE = "matching";

/** Capacity appeared in a region (a place freed, capacity raised): look again for waiting requests. */
export const rematchWaitingJob = {
  queue: MATCHING_QUEUE,
  name: "rematch-waiting",
  version: 1,
  payload: z.object({ regionId: z.uuid() }),
} satisfies JobDefinition<z.ZodObject>;

/** A region is re-matched at most once per this many ms: the first freed place starts the wait. */
export const REMATCH_DEBOUNCE_MS = 5_000;

/**
 * Re-matching reads the whole region: one job per region at a time, run a few seconds after the
 * first trigger so a burst of freed places (10,000 expiring offers) is one run per region, plus
 * at most one follow-up (again delayed) when places free up while it runs.
 */
export function rematchWaitingJobOptions(regionId: string) {
  return { delay: REMATCH_DEBOUNCE_MS, deduplication: { id: `rematch-waiting-${regionId}`, keepLastIfActive: true } };
}

/** Hourly: crisis caps coming up, capacity confirmations overdue. */
export const placementChecksJob = {
  queue: PLACEMENT_QUEUE,
  name: "placement-checks",
  version: 1,
  payload: z.object({}).strict(),
} satisfies JobDefinition<z.ZodObject>;

export const ALL_QUEUES = [SYSTEM_QUEUE, IMPORTS_QUEUE, OUTBOX_QUEUE, PLACEMENT_QUEUE, MATCHING_QUEUE] as const;
