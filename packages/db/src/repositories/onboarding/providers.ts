import { sql } from "kysely";
import type { TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";

export interface RegistryProvider {
  id: string;
  name: string;
  kvk: string;
  agb: string | null;
}

/** The shared national registry: find by part of the name, or by exact KvK or AGB number. */
export async function searchProviderRegistry(tx: Tx, query: string, limit = 20): Promise<RegistryProvider[]> {
  const q = query.trim();
  if (q === "") return [];
  return tx
    .selectFrom("providers")
    .select(["id", "name", "kvk", "agb"])
    .where((eb) => eb.or([eb("name", "ilike", `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`), eb("kvk", "=", q), eb("agb", "=", q)]))
    .orderBy("name")
    .limit(limit)
    .execute();
}

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

/** Providers with a contract in the region, with how much they hold there. */
export async function contractedProviders(tx: Tx, regionId: string) {
  const rows = await sql<{
    id: string;
    name: string;
    kvk: string;
    agb: string | null;
    contracts: string;
    locations: string;
    places: string;
  }>`
    select p.id, p.name, p.kvk, p.agb,
      (select count(*) from contracts c where c.region_id = ${regionId} and c.provider_id = p.id) as contracts,
      (select count(*) from locations l where l.region_id = ${regionId} and l.provider_id = p.id) as locations,
      (select coalesce(sum(capacity), 0) from locations l where l.region_id = ${regionId} and l.provider_id = p.id) as places
    from providers p
    where exists (select 1 from contracts c where c.region_id = ${regionId} and c.provider_id = p.id)
    order by p.name`.execute(tx);
  return rows.rows.map((r) => ({ ...r, contracts: Number(r.contracts), locations: Number(r.locations), places: Number(r.places) }));
}

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
