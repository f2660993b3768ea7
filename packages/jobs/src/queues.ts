/** The queues the worker serves; every job definition names one of them. */
export const SYSTEM_QUEUE = "system";
export const IMPORTS_QUEUE = "imports";
export const OUTBOX_QUEUE = "outbox";
export const PLACEMENT_QUEUE = "placement";
/**
 * Re-matching has its own queue and worker (one job at a time): a burst of expiries or freed places
 * never waits behind it, and it never takes a slot from the offer deadlines on PLACEMENT_QUEUE.
 */
export const MATCHING_QUEUE = "matching";

export const ALL_QUEUES = [SYSTEM_QUEUE, IMPORTS_QUEUE, OUTBOX_QUEUE, PLACEMENT_QUEUE, MATCHING_QUEUE] as const;
