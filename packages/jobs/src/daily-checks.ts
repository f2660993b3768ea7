import {
  allRegionIds,
  crisisPlacementsAwaitingFollowUp,
  emailQueuedSince,
  enqueueEmail,
  getPlacementPointSettings,
  notify,
  staleCapacityContacts,
  type Database,
  type FieldCipher,
} from "@jeugdregie/db";
import { crisisDates, DEFAULT_PLACEMENT_POINT_SETTINGS, systemScopeFor } from "@jeugdregie/domain";
import { inScope, PLATFORM_SYSTEM_SCOPE } from "./scope.ts";

/**
 * Crisis placements near their cap get a notification that asks for a follow-up decision. The
 * warning moment follows the region's cap; repeats stay quiet while the notification is unread.
 */
export async function processCrisisCapCheck(db: Database, now: Date = new Date()): Promise<number> {
  const regions = await inScope(db, PLATFORM_SYSTEM_SCOPE, (tx) => allRegionIds(tx));
  let warned = 0;
  for (const regionId of regions) {
    warned += await inScope(db, systemScopeFor(regionId), async (tx) => {
      const { crisisCapDays: capDays } = await getPlacementPointSettings(tx, regionId);
      let count = 0;
      for (const p of await crisisPlacementsAwaitingFollowUp(tx, regionId)) {
        const { capEndsAt, warnAt } = crisisDates(new Date(`${p.starts_on}T00:00:00Z`), capDays);
        if (now < warnAt) continue;
        await notify(tx, regionId, {
          kind: "crisis_cap",
          requestId: p.request_id,
          message: `De crisisplaatsing van ${p.pseudonym} bereikt op ${capEndsAt.toISOString().slice(0, 10)} de grens van ${capDays} dagen: leg een vervolgbesluit vast.`,
        });
        count++;
      }
      return count;
    });
  }
  return warned;
}

/** Reminds a provider's logins (by e-mail through the outbox) when their capacity was not confirmed in time; once a day. */
export async function processStaleCapacityReminders(
  db: Database,
  cipher: Pick<FieldCipher, "encrypt">,
  freshnessDays = DEFAULT_PLACEMENT_POINT_SETTINGS.capacityFreshnessDays,
): Promise<string[]> {
  return inScope(db, PLATFORM_SYSTEM_SCOPE, async (tx) => {
    const reminded: string[] = [];
    for (const r of await staleCapacityContacts(tx, freshnessDays)) {
      const subject = `Bevestig de capaciteit van ${r.provider_name}`;
      if (await emailQueuedSince(tx, r.email, subject, new Date(Date.now() - 86_400_000))) continue;
      await enqueueEmail(tx, cipher, {
        regionId: null,
        recipient: r.email,
        subject,
        body: `${r.stale} locatie(s) van ${r.provider_name} hebben hun capaciteit langer dan ${freshnessDays} dagen niet bevestigd. Ze staan als verouderd in de matching. Bevestig via Jeugdregie > Capaciteit of de API.`,
      });
      reminded.push(r.email);
    }
    return reminded;
  });
}
