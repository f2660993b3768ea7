import { z } from "zod";
import { RELEASE_DATE_PATTERN } from "@jeugdregie/domain";
import { defineJob } from "../job.ts";
import { processOpenRelease } from "../open-release.ts";
import { SYSTEM_QUEUE } from "../queues.ts";

/**
 * The weekly open release (issue 14): scheduled every Monday for that week (payload `{}`), or
 * "release the week of Monday M" (`{ asOf }`), queued with openReleaseJobOptions so that a second
 * request for the same week while one waits or runs is the same job. Re-running a stored week
 * changes nothing (the database keeps the first).
 */
export const openReleaseJob = defineJob({
  queue: SYSTEM_QUEUE,
  name: "open-release",
  version: 1,
  payload: z.object({ asOf: z.string().regex(RELEASE_DATE_PATTERN).optional() }).strict(),
  handle: (payload, deps) => processOpenRelease(deps.db, payload),
});

/** One job per week while it waits or runs. */
export function openReleaseJobOptions(asOf: string) {
  return { jobId: `open-release-${asOf}`, removeOnComplete: true, removeOnFail: true };
}

/** Mondays early (Dutch time): the week before is complete everywhere. */
export const OPEN_RELEASE_SCHEDULE = { pattern: "0 15 4 * * 1", tz: "Europe/Amsterdam" } as const;
