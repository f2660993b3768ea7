import type { Tx } from "../../tenant.ts";

/** People working in a region: members of the region and users of providers contracted by it. */
export async function listRegionUsers(tx: Tx, regionId: string) {
  return tx
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .leftJoin("providers as p", "p.id", "m.provider_id")
    .select(["u.id", "u.email", "u.display_name", "m.role", "p.name as provider_name"])
    .where((eb) =>
      eb.or([
        eb("m.region_id", "=", regionId),
        eb("m.provider_id", "in", eb.selectFrom("contracts").select("provider_id").where("region_id", "=", regionId)),
      ]),
    )
    .orderBy("m.role")
    .orderBy("u.display_name")
    .execute();
}
