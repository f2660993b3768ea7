import { sql } from "kysely";
import type { Database } from "@jeugdregie/db";
import type { TenantWorld } from "../helpers/tenant-world.ts";

/**
 * Which tenant a row belongs to, decided from its columns alone, the same way for every table:
 * the region it names, else its supra region, else its provider. Tables that name none of these
 * are the tenants themselves or hang off one (negotiation steps, users).
 */
export type RowOwner = "A" | "B" | "other";

export interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
  /** A column an UPDATE can set to a constant without breaking a unique key. */
  plainColumn: string | null;
}

export async function rlsTables(owner: Database): Promise<TableInfo[]> {
  const { rows } = await sql<{ name: string; columns: string[]; primary_key: string[]; plain_column: string | null }>`
    select c.relname as name,
      (select array_agg(a.attname::text order by a.attnum) from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped) as columns,
      coalesce((select array_agg(a.attname::text order by a.attnum) from pg_index i
        join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
        where i.indrelid = c.oid and i.indisprimary), '{}') as primary_key,
      (select a.attname::text from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
          and not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indisunique and a.attnum = any(i.indkey))
          and not exists (select 1 from pg_constraint x where x.conrelid = c.oid and x.contype in ('f', 'x') and a.attnum = any(x.conkey))
        order by a.attnum desc limit 1) as plain_column
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relrowsecurity
    order by c.relname`.execute(owner);
  return rows.map((r) => ({ name: r.name, columns: r.columns, primaryKey: r.primary_key, plainColumn: r.plain_column }));
}

export function ownerClassifier(a: TenantWorld, b: TenantWorld) {
  const tenantOf = new Map<string, RowOwner>();
  for (const world of [a, b]) {
    for (const id of [
      world.regionId,
      world.supraRegionId,
      world.providerId,
      world.negotiationId,
      ...Object.values(world.users).map((u) => u.id),
    ])
      tenantOf.set(id, world.tag);
  }
  const of = (id: unknown): RowOwner => (typeof id === "string" ? (tenantOf.get(id) ?? "other") : "other");
  return (table: string, row: Record<string, unknown>): RowOwner => {
    if (row.region_id) return of(row.region_id);
    if (row.supra_region_id) return of(row.supra_region_id);
    if (row.provider_id) return of(row.provider_id);
    if (table === "regions" || table === "providers" || table === "supra_regions" || table === "users") return of(row.id);
    if (table === "negotiation_steps") return of(row.negotiation_id);
    if (table === "mfa_totp") return of(row.user_id);
    if (table === "capacity_negotiations") return of(row.opener_region_id ?? row.counterparty_region_id);
    return "other";
  };
}
