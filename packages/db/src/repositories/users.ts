import type { Membership, Role } from "@jeugdregie/domain";
import type { Database } from "../client.ts";
import type { Tx } from "../tenant.ts";

type Conn = Database | Tx;

export interface MembershipWithNames extends Membership {
  organisationName: string;
}

/** Users and memberships are read before any tenant scope exists (at login), so they take no scope. */
export async function findUserByEmail(db: Conn, email: string) {
  return db
    .selectFrom("users")
    .selectAll()
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.trim().toLowerCase()))
    .executeTakeFirst();
}

export async function findUserById(db: Conn, id: string) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function membershipsOf(db: Conn, userId: string): Promise<MembershipWithNames[]> {
  const rows = await db
    .selectFrom("memberships as m")
    .leftJoin("regions as r", "r.id", "m.region_id")
    .leftJoin("providers as p", "p.id", "m.provider_id")
    .leftJoin("supra_regions as s", "s.id", "m.supra_region_id")
    .select([
      "m.role",
      "m.region_id",
      "m.provider_id",
      "m.supra_region_id",
      "r.name as region_name",
      "p.name as provider_name",
      "s.name as supra_name",
    ])
    .where("m.user_id", "=", userId)
    // A total order: memberships made together (one seed or invitation transaction) share a
    // created_at, and the first one decides where a login starts, so ties must not be left to
    // the order rows happen to be read in.
    .orderBy("m.created_at")
    .orderBy((eb) => eb.fn.coalesce("r.name", "p.name", "s.name"))
    .orderBy("m.role")
    .orderBy("m.id")
    .execute();
  return rows.map((r) => ({
    role: r.role as Role,
    regionId: r.region_id,
    providerId: r.provider_id,
    supraRegionId: r.supra_region_id,
    organisationName:
      r.region_name ?? r.provider_name ?? r.supra_name ?? (r.role === "ministry_analyst" ? "Ministerie van VWS" : "Jeugdregie"),
  }));
}
