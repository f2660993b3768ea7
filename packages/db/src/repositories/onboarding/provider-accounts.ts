import { sql } from "kysely";
import type { Tx } from "../../tenant.ts";

export interface RegistryProviderWithAdmins {
  id: string;
  name: string;
  kvk: string;
  agb: string | null;
  /** Logins with the provider admin role: zero means the platform admin invites the first. */
  admins: number;
  /** Open (unused, unexpired) invitations for a provider admin. */
  openAdminInvitations: number;
}

/** For the platform admin: providers from the national registry and whether they have an admin yet. */
export async function registryWithAdmins(tx: Tx, query: string, limit = 20): Promise<RegistryProviderWithAdmins[]> {
  const q = query.trim();
  if (q === "") return [];
  const { rows } = await sql<{ id: string; name: string; kvk: string; agb: string | null; admins: number; open: number }>`
    select p.id, p.name, p.kvk, p.agb,
      (select count(*)::int from memberships m where m.provider_id = p.id and m.role = 'provider_admin') as admins,
      (select count(*)::int from invitations i where i.provider_id = p.id and i.role = 'provider_admin'
         and i.accepted_at is null and i.expires_at > now()) as open
    from providers p
    where p.name ilike ${`%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`} or p.kvk = ${q} or p.agb = ${q}
    order by p.name
    limit ${limit}`.execute(tx);
  return rows.map((r) => ({ id: r.id, name: r.name, kvk: r.kvk, agb: r.agb, admins: r.admins, openAdminInvitations: r.open }));
}

export async function providerById(tx: Tx, providerId: string) {
  return tx.selectFrom("providers").select(["id", "name"]).where("id", "=", providerId).executeTakeFirst();
}
