import { sql } from "kysely";
import type { Membership } from "@jeugdregie/domain";
import type { Database } from "../client.ts";
import type { Tx } from "../tenant.ts";

type Conn = Database | Tx;

export interface MembershipWithNames extends Membership {
  organisationName: string;
}

export interface LoginAccount {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  locale: string;
  disabled_at: Date | null;
}

/** Sign-in happens before anyone is known: the one narrow way to an account and its password hash. */
export async function findUserByEmail(db: Conn, email: string): Promise<LoginAccount | undefined> {
  const { rows } = await sql<LoginAccount>`select * from app.login_account(${email})`.execute(db);
  return rows[0];
}

/** The signed-in user's own account; row-level security shows it only inside `withIdentity` for that user. */
export async function findUserById(db: Conn, id: string) {
  return db.selectFrom("users").select(["id", "email", "display_name", "locale", "disabled_at"]).where("id", "=", id).executeTakeFirst();
}

/** Name and address of the people who acted in records the caller can already read (one query for a list). */
export async function actorIdentities(db: Conn, ids: (string | null)[]): Promise<Map<string, { email: string; displayName: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const { rows } = await sql<{ id: string; email: string; display_name: string }>`
    select * from app.actor_identities(${wanted}::uuid[])`.execute(db);
  return new Map(rows.map((r) => [r.id, { email: r.email, displayName: r.display_name }]));
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
    role: r.role,
    regionId: r.region_id,
    providerId: r.provider_id,
    supraRegionId: r.supra_region_id,
    organisationName:
      r.region_name ?? r.provider_name ?? r.supra_name ?? (r.role === "ministry_analyst" ? "Ministerie van VWS" : "Jeugdregie"),
  }));
}
