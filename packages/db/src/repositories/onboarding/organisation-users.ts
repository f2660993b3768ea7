import { sql } from "kysely";
import { keysetPage, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";

/** People working for one organisation: a region's members, or a provider's logins (for its admin); a page by role and name. */
export async function listOrganisationUsers(tx: Tx, organisation: { regionId: string } | { providerId: string }, page: PageRequest = {}) {
  const query = tx
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["u.id", "u.email", "u.display_name", "m.role"])
    .where((eb) =>
      "regionId" in organisation ? eb("m.region_id", "=", organisation.regionId) : eb("m.provider_id", "=", organisation.providerId),
    );
  // One row per membership: a person with two roles in the region appears twice, so the membership id breaks ties.
  const keys = [
    { expr: sql`m.role`, type: "text" as const },
    { expr: sql`u.display_name`, type: "text" as const },
    { expr: sql`m.id`, type: "uuid" as const },
  ];
  return keysetPage(query, keys, "asc", page);
}
