import { sql } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { actorIdentities } from "../users.ts";

export interface AuditEntry {
  id: string;
  occurredAt: Date;
  userEmail: string | null;
  role: string;
  action: string;
  entity: string;
  entityId: string | null;
  details: unknown;
  chainSeq: number;
  hash: string;
}

export interface AuditPageOptions extends PageRequest {
  entity?: string | undefined;
}

/** One page of the region's audit trail, newest first (RLS limits it to the region admin of the region). */
export async function auditPage(tx: Tx, regionId: string, options: AuditPageOptions = {}): Promise<Page<AuditEntry>> {
  let query = tx
    .selectFrom("audit_log as a")
    .select(["a.id", "a.occurred_at", "a.user_id", "a.role", "a.action", "a.entity", "a.entity_id", "a.details", "a.chain_seq", "a.hash"])
    .where("a.region_id", "=", regionId);
  if (options.entity) query = query.where("a.entity", "=", options.entity);
  const keys = [
    { expr: sql`a.chain_seq`, type: "int8" as const },
    { expr: sql`a.id`, type: "int8" as const },
  ];
  const { items: rows, nextCursor } = await keysetPage(query, keys, "desc", options);
  const people = await actorIdentities(
    tx,
    rows.map((r) => r.user_id),
  );
  const items = rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurred_at,
    userEmail: r.user_id ? (people.get(r.user_id)?.email ?? null) : null,
    role: r.role,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    details: r.details,
    chainSeq: Number(r.chain_seq),
    hash: r.hash,
  }));
  return { items, nextCursor };
}

/** Which kinds of records the region's trail holds (for a filter), most recent first. */
export async function auditEntities(tx: Tx, regionId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom("audit_log")
    .select("entity")
    .where("region_id", "=", regionId)
    .where("action", "!=", "access_refused")
    .groupBy("entity")
    .orderBy("entity")
    .execute();
  return rows.map((r) => r.entity);
}
