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

export interface AuditPageOptions {
  limit?: number;
  entity?: string | undefined;
  /** Only entries older than this one (its chain number): the next page. */
  beforeSeq?: number | undefined;
}

/** The region's audit trail, newest first (RLS limits it to the region admin of the region). */
export async function listAuditLog(tx: Tx, regionId: string, options: AuditPageOptions = {}): Promise<AuditEntry[]> {
  return (await auditPage(tx, regionId, options)).entries;
}

/** One page of the region's audit trail; `nextBeforeSeq` is where the next page starts, null on the last. */
export async function auditPage(
  tx: Tx,
  regionId: string,
  options: AuditPageOptions = {},
): Promise<{ entries: AuditEntry[]; nextBeforeSeq: number | null }> {
  const limit = options.limit ?? 200;
  let query = tx
    .selectFrom("audit_log as a")
    .select(["a.id", "a.occurred_at", "a.user_id", "a.role", "a.action", "a.entity", "a.entity_id", "a.details", "a.chain_seq", "a.hash"])
    .where("a.region_id", "=", regionId)
    .orderBy("a.chain_seq", "desc")
    .limit(limit + 1);
  if (options.entity) query = query.where("a.entity", "=", options.entity);
  if (options.beforeSeq !== undefined) query = query.where("a.chain_seq", "<", String(options.beforeSeq));
  const fetched = await query.execute();
  const rows = fetched.slice(0, limit);
  const people = await actorIdentities(
    tx,
    rows.map((r) => r.user_id),
  );
  const entries = rows.map((r) => ({
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
  return { entries, nextBeforeSeq: fetched.length > limit ? entries[entries.length - 1]!.chainSeq : null };
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
