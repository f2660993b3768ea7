import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Database } from "@jeugdregie/db";
import type { TenantWorld } from "../helpers/tenant-world.ts";
import { ownerClassifier } from "./tenant-rows.ts";

/** A checksum per table over the rows that belong to tenant B, read as the owner (the truth). */
export async function tenantChecksums(owner: Database, a: TenantWorld, b: TenantWorld): Promise<Record<string, string>> {
  const ownerOf = ownerClassifier(a, b);
  const { rows: tables } = await sql<{ name: string }>`
    select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by relname`.execute(owner);
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ row: Record<string, unknown> }>`select to_jsonb(t) as row from ${sql.table(name)} t`.execute(owner);
    const ofB = rows
      .filter((r) => ownerOf(name, r.row) === b.tag)
      .map((r) => JSON.stringify(r.row))
      .sort();
    sums[name] = createHash("sha256").update(ofB.join("\n")).digest("hex");
  }
  return sums;
}
