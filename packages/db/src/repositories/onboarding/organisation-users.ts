import type { Tx } from "../../tenant.ts";

/** People working for one organisation: a region's members, or a provider's logins (for its admin). */
export async function listOrganisationUsers(tx: Tx, organisation: { regionId: string } | { providerId: string }) {
  return tx
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["u.id", "u.email", "u.display_name", "m.role"])
    .where((eb) =>
      "regionId" in organisation ? eb("m.region_id", "=", organisation.regionId) : eb("m.provider_id", "=", organisation.providerId),
    )
    .orderBy("m.role")
    .orderBy("u.display_name")
    .execute();
}
