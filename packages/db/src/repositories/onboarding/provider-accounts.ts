import { sql } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { providerNameOrder, containsPattern } from "./providers.ts";

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

/** For the platform admin: providers from the national registry and whether they have an admin yet; a page by name. */
export async function registryWithAdmins(tx: Tx, query: string, page: PageRequest = {}): Promise<Page<RegistryProviderWithAdmins>> {
  const q = query.trim();
  if (q === "") return { items: [], nextCursor: null };
  const found = tx
    .selectFrom("providers as p")
    .select([
      "p.id",
      "p.name",
      "p.kvk",
      "p.agb",
      sql<number>`(select count(*)::int from memberships m where m.provider_id = p.id and m.role = 'provider_admin')`.as("admins"),
      sql<number>`(select count(*)::int from invitations i where i.provider_id = p.id and i.role = 'provider_admin'
         and i.accepted_at is null and i.expires_at > now())`.as("open"),
    ])
    .where((eb) => eb.or([eb("p.name", "ilike", containsPattern(q)), eb("p.kvk", "=", q), eb("p.agb", "=", q)]));
  const { items, nextCursor } = await keysetPage(found, providerNameOrder, "asc", page);
  return {
    items: items.map((r) => ({ id: r.id, name: r.name, kvk: r.kvk, agb: r.agb, admins: r.admins, openAdminInvitations: r.open })),
    nextCursor,
  };
}

export async function providerById(tx: Tx, providerId: string) {
  return tx.selectFrom("providers").select(["id", "name"]).where("id", "=", providerId).executeTakeFirst();
}
