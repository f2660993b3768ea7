import { ACTIVE_REQUEST_STATUSES } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";

/**
 * The child a BSN already belongs to in this region (found by keyed hash), with what intake needs
 * to compare against and whether a request for it is still in progress (as far as the caller
 * may see: the unique index catches the rest).
 */
export async function findChildForIntake(tx: Tx, regionId: string, bsnHash: string) {
  const child = await tx
    .selectFrom("children")
    .select(["id", "pseudonym", "name_encrypted", "birth_date", "gender", "home_municipality_code"])
    .where("region_id", "=", regionId)
    .where("bsn_hash", "=", bsnHash)
    .executeTakeFirst();
  if (!child) return undefined;
  const active = await tx
    .selectFrom("placement_requests")
    .select("id")
    .where("region_id", "=", regionId)
    .where("child_id", "=", child.id)
    .where("status", "in", [...ACTIVE_REQUEST_STATUSES])
    .where("linked_reason", "is", null)
    .limit(1)
    .executeTakeFirst();
  return { ...child, hasActiveRequest: Boolean(active) };
}
