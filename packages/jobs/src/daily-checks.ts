import { sql } from "kysely";
import { enqueueEmail, notify, withTenant, type Database, type FieldCipher } from "@jeugdregie/db";
import { crisisDates, DEFAULT_PLACEMENT_POINT_SETTINGS, SYSTEM_USER_ID, systemScopeFor } from "@jeugdregie/domain";

/**
 * Crisis placements near their cap get a notification that asks for a follow-up decision. The
 * warning moment follows the region's cap; repeats stay quiet while the notification is unread.
 */
export async function processCrisisCapCheck(db: Database, now: Date = new Date()): Promise<number> {
  const regions = await withTenant(
    db,
    { userId: SYSTEM_USER_ID, role: "platform_admin", regionId: null, providerId: null, supraRegionId: null },
    (tx) => tx.selectFrom("regions").select("id").execute(),
  );
  let warned = 0;
  for (const { id: regionId } of regions) {
    warned += await withTenant(db, systemScopeFor(regionId), async (tx) => {
      const settings = await tx
        .selectFrom("region_settings")
        .select("crisis_cap_days")
        .where("region_id", "=", regionId)
        .executeTakeFirst();
      const capDays = settings?.crisis_cap_days ?? DEFAULT_PLACEMENT_POINT_SETTINGS.crisisCapDays;
      const running = await tx
        .selectFrom("placements as p")
        .innerJoin("placement_requests as r", (j) => j.onRef("r.region_id", "=", "p.region_id").onRef("r.id", "=", "p.request_id"))
        .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
        .select(["p.request_id", "p.starts_on", "c.pseudonym"])
        .where("p.region_id", "=", regionId)
        .where("p.ended_on", "is", null)
        .where("p.crisis_cap_ends_on", "is not", null)
        .where("p.follow_up_decision", "is", null)
        .execute();
      let count = 0;
      for (const p of running) {
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
  const scope = { userId: SYSTEM_USER_ID, role: "platform_admin" as const, regionId: null, providerId: null, supraRegionId: null };
  return withTenant(db, scope, async (tx) => {
    const { rows } = await sql<{ email: string; provider_name: string; stale: number }>`
      select u.email, p.name as provider_name, count(distinct s.location_id)::int as stale
      from app.stale_locations(${freshnessDays}) s
      join providers p on p.id = s.provider_id
      join memberships m on m.provider_id = s.provider_id and m.role in ('provider_user', 'provider_admin')
      join users u on u.id = m.user_id and u.disabled_at is null
      group by u.email, p.name`.execute(tx);
    const reminded: string[] = [];
    for (const r of rows) {
      const subject = `Bevestig de capaciteit van ${r.provider_name}`;
      const already = await tx
        .selectFrom("outbox")
        .select("id")
        .where("recipient", "=", r.email)
        .where("subject", "=", subject)
        .where("created_at", ">", new Date(Date.now() - 86_400_000))
        .executeTakeFirst();
      if (already) continue;
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
