import { sql } from "kysely";
import { SYNTHETIC_EMAIL_DOMAIN } from "@jeugdregie/domain";
import type { Database } from "@jeugdregie/db";

/** Who the bench acts as: the busiest region's people, the provider with most offers, the largest landsdeel. */
export interface Subjects {
  regionId: string;
  regionCode: string;
  coordinator: string;
  referrer: string;
  regionAdmin: string;
  provider: string;
  supra: string;
  platform: string;
  /** Active requests of the region to match (waiting, matching, triage). */
  matchRequestIds: string[];
}

const email = (local: string) => `${local}@${SYNTHETIC_EMAIL_DOMAIN}`;

export async function pickSubjects(owner: Database, matchCount: number): Promise<Subjects> {
  const region = (
    await sql<{ id: string; code: string }>`
      select g.id, g.code from regions g join placement_requests r on r.region_id = g.id
      group by g.id, g.code order by count(*) desc, g.code limit 1`.execute(owner)
  ).rows[0]!;
  const referrer = (
    await sql<{ email: string }>`
      select u.email from users u join placement_requests r on r.referrer_user_id = u.id
      where r.region_id = ${region.id} group by u.email order by count(*) desc, u.email limit 1`.execute(owner)
  ).rows[0]!.email;
  const provider = (
    await sql<{ email: string }>`
      select u.email from users u join memberships m on m.user_id = u.id join offers o on o.provider_id = m.provider_id
      where m.role = 'provider_user' group by u.email order by count(*) desc, u.email limit 1`.execute(owner)
  ).rows[0]!.email;
  const supra = (
    await sql<{ code: string }>`
      select s.code from supra_regions s join supra_region_members m on m.supra_region_id = s.id
      join offers o on o.region_id = m.region_id and o.location_region_id <> o.region_id
      group by s.code order by count(*) desc, s.code limit 1`.execute(owner)
  ).rows[0];
  const requests = await sql<{ id: string }>`
    select id from placement_requests where region_id = ${region.id} and status in ('waiting', 'matching', 'triage', 'submitted')
    order by status = 'matching' desc, submitted_at, id limit ${matchCount}`.execute(owner);
  return {
    regionId: region.id,
    regionCode: region.code,
    coordinator: email(`coordinator.${region.code}`),
    referrer,
    regionAdmin: email(`beheer.${region.code}`),
    provider,
    supra: email(`bovenregionaal.${supra?.code ?? "landsdeel-oost"}`),
    platform: email("platform"),
    matchRequestIds: requests.rows.map((r) => r.id),
  };
}
