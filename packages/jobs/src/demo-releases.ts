import { listOpenReleases, type Database } from "@jeugdregie/db";
import { lastReleaseWeeks } from "@jeugdregie/domain";
import { processOpenRelease } from "./open-release.ts";

/** Weeks of open releases a new demo starts with: enough for a trend on the national overview. */
export const DEMO_RELEASE_WEEKS = 8;

/**
 * The open releases a demo shows on its first start, made by the same job the worker runs every
 * Monday (not queued: the national overview has them before the first login). Only on a platform
 * without any release: the weeks go oldest first, each protected against the one before, and a
 * release once stored is frozen, so a second start adds nothing. `app` is the application role's
 * connection (the job runs as the platform's system actor under row-level security).
 */
export async function releaseDemoWeeks(app: Database, now: Date = new Date(), weeks = DEMO_RELEASE_WEEKS): Promise<string[]> {
  if ((await listOpenReleases(app, {})).length > 0) return [];
  const released: string[] = [];
  for (const asOf of lastReleaseWeeks(now, weeks)) if ((await processOpenRelease(app, { asOf }, now)).created) released.push(asOf);
  return released;
}
