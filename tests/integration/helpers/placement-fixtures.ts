import type { RequestStatus, TenantScope } from "@jeugdregie/domain";
import type { Database } from "@jeugdregie/db";

/** Children and requests straight into the database (as the owner), to test what happens after intake. */
export async function arrangeRequests(owner: Database, regionCode: string, count: number, status: RequestStatus = "matching") {
  const region = await owner.selectFrom("regions").select("id").where("code", "=", regionCode).executeTakeFirstOrThrow();
  const municipality = await owner.selectFrom("municipalities").select("code").where("region_id", "=", region.id).executeTakeFirstOrThrow();
  const coordinator = await owner
    .selectFrom("memberships")
    .select("user_id")
    .where("region_id", "=", region.id)
    .where("role", "=", "placement_coordinator")
    .executeTakeFirstOrThrow();
  const batch = Math.random().toString(36).slice(2, 7).toUpperCase();
  const children = await owner
    .insertInto("children")
    .values(
      Array.from({ length: count }, (_, i) => ({
        region_id: region.id,
        pseudonym: `J-T${String(i).padStart(5, "0")}${batch}`,
        bsn_hash: `hash-${regionCode}-${batch}-${i}`,
        bsn_encrypted: "v1:x",
        birth_date: "2012-03-01",
        gender: "1",
        home_municipality_code: municipality.code,
      })),
    )
    .returning("id")
    .execute();
  const requests = await owner
    .insertInto("placement_requests")
    .values(
      children.map((c) => ({
        region_id: region.id,
        child_id: c.id,
        referrer_user_id: coordinator.user_id,
        referrer_kind: "01",
        care_type: "behandelgroep",
        status,
        submitted_at: new Date(),
      })),
    )
    .returning("id")
    .execute();
  const scope: TenantScope = {
    userId: coordinator.user_id,
    role: "placement_coordinator",
    regionId: region.id,
    providerId: null,
    supraRegionId: null,
  };
  return { regionId: region.id, requestIds: requests.map((r) => r.id), scope };
}
