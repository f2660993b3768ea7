import { computeOpenRelease, type Database, type OpenReleaseStored } from "@jeugdregie/db";
import { isAppError, releaseAsOf } from "@jeugdregie/domain";
import { RefusedJobError } from "./registry.ts";
import { inScope, PLATFORM_SYSTEM_SCOPE } from "./scope.ts";

/**
 * The weekly open release (issue 14): the figures of every region as of this week's Monday (or
 * the Monday asked), through disclosure control, frozen. One transaction as the platform's system
 * actor: the counts are one snapshot, and the release is stored whole or not at all. A week that
 * is stored already is left as it is; a week that has not begun, or lies before the latest
 * release, is refused, never retried.
 */
export async function processOpenRelease(
  db: Database,
  payload: { asOf?: string | undefined },
  now: Date = new Date(),
): Promise<OpenReleaseStored> {
  try {
    const asOf = releaseAsOf(payload.asOf, now);
    return await inScope(db, PLATFORM_SYSTEM_SCOPE, (tx) => computeOpenRelease(tx, asOf));
  } catch (error) {
    if (isAppError(error)) throw new RefusedJobError(error.messageEn);
    throw error;
  }
}
