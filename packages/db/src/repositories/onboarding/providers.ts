import { sql } from "kysely";
import type { TenantScope } from "@jeugdregie/domain";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";

export interface RegistryProvider {
  id: string;
  name: string;
  kvk: string;
  agb: string | null;
}

/** The shared national registry: find by part of the name, or by exact KvK or AGB number; a page by name. */
export async function searchProviderRegistry(tx: Tx, query: string, page: PageRequest = {}): Promise<Page<RegistryProvider>> {
  const q = query.trim();
  if (q === "") return { items: [], nextCursor: null };
  const found = tx
    .selectFrom("providers as p")
    .select(["p.id", "p.name", "p.kvk", "p.agb"])
    .where((eb) => eb.or([eb("p.name", "ilike", containsPattern(q)), eb("p.kvk", "=", q), eb("p.agb", "=", q)]));
  return keysetPage(found, providerNameOrder, "asc", page);
}

/** `%q%` for ilike, with the pattern characters in q taken literally. */
export const containsPattern = (q: string) => `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

/** Providers in name order, the id as tie-breaker (a keyset page's keys, table alias `p`). */
export const providerNameOrder = [
  { expr: sql`p.name`, type: "text" as const },
  { expr: sql`p.id`, type: "uuid" as const },
];

/** One provider from the national registry (every region may see it), or undefined. */
export async function registryProvider(tx: Tx, providerId: string): Promise<RegistryProvider | undefined> {
  return tx.selectFrom("providers").select(["id", "name", "kvk", "agb"]).where("id", "=", providerId).executeTakeFirst();
}

export async function registerProvider(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  input: { name: string; kvk: string; agb: string | null },
) {
  try {
    const provider = await tx.insertInto("providers").values(input).returning(["id", "name", "kvk", "agb"]).executeTakeFirstOrThrow();
    await writeAudit(tx, scope, { action: "create", entity: "provider", entityId: provider.id, regionId, details: { after: input } });
    return provider;
  } catch (error) {
    throw mapConstraintError(error, {
      providers_kvk_key: {
        nl: `Aanbieder met KvK-nummer ${input.kvk} staat al in het register: zoek en kies die.`,
        en: `A provider with KvK number ${input.kvk} is already registered: search and choose it.`,
      },
      providers_agb_key: {
        nl: `AGB-code ${input.agb} hoort al bij een andere aanbieder.`,
        en: `AGB code ${input.agb} already belongs to another provider.`,
      },
    });
  }
}

export async function findProvidersByKvk(tx: Tx, kvks: string[]): Promise<Map<string, string>> {
  if (kvks.length === 0) return new Map();
  const rows = await tx
    .selectFrom("providers")
    .select(["id", "kvk"])
    .where("kvk", "in", [...new Set(kvks)])
    .execute();
  return new Map(rows.map((r) => [r.kvk, r.id]));
}

/** The KvK number of every provider the caller can see, by provider id (a CSV export names providers by it). */
export async function providerKvks(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx.selectFrom("providers").select(["id", "kvk"]).execute();
  return new Map(rows.map((r) => [r.id, r.kvk]));
}

/** Providers with a contract in the region, with how much they hold there (every one: the CSV export). */
export async function contractedProviders(tx: Tx, regionId: string) {
  return (await contractedQuery(tx, regionId).orderBy("p.name").orderBy("p.id").execute()).map(contractedRow);
}

/** The same, a page by name (the region admin's list, and the location form's picker narrowed by part of the name). */
export async function contractedProvidersPage(tx: Tx, regionId: string, page: PageRequest & { nameContains?: string } = {}) {
  const q = page.nameContains?.trim() ?? "";
  const query = q === "" ? contractedQuery(tx, regionId) : contractedQuery(tx, regionId).where("p.name", "ilike", containsPattern(q));
  const { items, nextCursor } = await keysetPage(query, providerNameOrder, "asc", page);
  return { items: items.map(contractedRow), nextCursor };
}

function contractedQuery(tx: Tx, regionId: string) {
  return tx
    .selectFrom("providers as p")
    .select([
      "p.id",
      "p.name",
      "p.kvk",
      "p.agb",
      sql<string>`(select count(*) from contracts c where c.region_id = ${regionId} and c.provider_id = p.id)`.as("contracts"),
      sql<string>`(select count(*) from locations l where l.region_id = ${regionId} and l.provider_id = p.id)`.as("locations"),
      sql<string>`(select coalesce(sum(capacity), 0) from locations l where l.region_id = ${regionId} and l.provider_id = p.id)`.as(
        "places",
      ),
    ])
    .where(sql<boolean>`exists (select 1 from contracts c where c.region_id = ${regionId} and c.provider_id = p.id)`);
}

const contractedRow = (r: {
  id: string;
  name: string;
  kvk: string;
  agb: string | null;
  contracts: string;
  locations: string;
  places: string;
}) => ({
  ...r,
  contracts: Number(r.contracts),
  locations: Number(r.locations),
  places: Number(r.places),
});

/**
 * The platform admin corrects a provider's name or AGB code in the national registry (shared by
 * every region, so no region does). The KvK number is the provider's identity and stays.
 */
export async function correctProvider(tx: Tx, scope: TenantScope, providerId: string, input: { name: string; agb: string | null }) {
  const { rows } = await sql<{ name_before: string; agb_before: string | null }>`
    select * from app.correct_provider(${providerId}, ${input.name}, ${input.agb})`
    .execute(tx)
    .catch((error: unknown) => {
      throw mapConstraintError(error, {
        P0002: { nl: "Deze aanbieder staat niet in het register.", en: "This provider is not in the registry.", code: "NOT_FOUND" },
        providers_agb_key: {
          nl: `AGB-code ${input.agb} hoort al bij een andere aanbieder.`,
          en: `AGB code ${input.agb} already belongs to another provider.`,
        },
        "22023": { nl: "Een naam heeft 2 tot 200 tekens.", en: "A name has 2 to 200 characters.", code: "BAD_INPUT" },
      });
    });
  const before = rows[0]!;
  await writeAudit(tx, scope, {
    action: "update",
    entity: "provider",
    entityId: providerId,
    regionId: null,
    details: { before: { name: before.name_before, agb: before.agb_before }, after: { name: input.name, agb: input.agb } },
  });
  return { id: providerId, ...input };
}
