import {
  expireOverdueOffers,
  getPlacementPointSettings,
  loadCandidates,
  notifyAll,
  waitingRequestNeeds,
  type Database,
  type ExpiredOffer,
  type NewNotification,
} from "@jeugdregie/db";
import { rankCandidates, systemScopeFor } from "@jeugdregie/domain";
import { inScope } from "./scope.ts";

/**
 * Expires every offer of the region that is still open past its deadline, in one transaction in
 * the region's system scope; a repeat, or an offer answered meanwhile, does nothing.
 */
export async function expireRegionOffers(db: Database, regionId: string, now: Date = new Date()): Promise<ExpiredOffer[]> {
  const scope = systemScopeFor(regionId);
  return inScope(db, scope, (tx) => expireOverdueOffers(tx, scope, regionId, now));
}

/** How many waiting requests are ranked between two turns of the event loop. */
const RANK_BATCH = 25;

/**
 * Re-matches the region's waiting requests after capacity appeared; a request with a fitting
 * free place now gets one notification for the coordinator (repeats stay quiet until read).
 */
export async function processRematchWaiting(db: Database, payload: { regionId: string }): Promise<{ waiting: number; notified: number }> {
  return inScope(db, systemScopeFor(payload.regionId), async (tx) => {
    const waiting = await waitingRequestNeeds(tx, payload.regionId);
    if (waiting.length === 0) return { waiting: 0, notified: 0 };
    const settings = await getPlacementPointSettings(tx, payload.regionId);
    // Candidates per care type, read once for all waiting requests that need it.
    const byCareType = new Map<string, Awaited<ReturnType<typeof loadCandidates>>>();
    const found: NewNotification[] = [];
    for (const [index, { id, pseudonym, need }] of waiting.entries()) {
      // Ranking is CPU work in the worker's one thread: let expiry timers due meanwhile run first.
      if (index % RANK_BATCH === RANK_BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
      let candidates = byCareType.get(need.careType);
      if (!candidates) {
        candidates = await loadCandidates(tx, payload.regionId, settings.capacityFreshnessDays, need.careType);
        byCareType.set(need.careType, candidates);
      }
      const { matches } = rankCandidates(need, candidates);
      const best = matches[0];
      if (!best) continue;
      const location = candidates.find((c) => c.locationId === best.locationId)!;
      found.push({
        kind: "capacity_for_waiting",
        requestId: id,
        message: `Er is een passende plek voor ${pseudonym}: ${location.name} (${best.free} vrij). Hervat de matching.`,
      });
    }
    await notifyAll(tx, payload.regionId, found);
    const notified = found.length;
    return { waiting: waiting.length, notified };
  });
}
