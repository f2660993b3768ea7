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

/** The region's audit trail, newest first (RLS limits it to the region admin of the region). */
export async function listAuditLog(
  tx: Tx,
  regionId: string,
  options: { limit?: number; entity?: string | undefined } = {},
): Promise<AuditEntry[]> {
  let query = tx
    .selectFrom("audit_log as a")
    .select(["a.id", "a.occurred_at", "a.user_id", "a.role", "a.action", "a.entity", "a.entity_id", "a.details", "a.chain_seq", "a.hash"])
    .where("a.region_id", "=", regionId)
    .orderBy("a.chain_seq", "desc")
    .limit(options.limit ?? 200);
  if (options.entity) query = query.where("a.entity", "=", options.entity);
  const rows = await query.execute();
  const people = await actorIdentities(
    tx,
    rows.map((r) => r.user_id),
  );
  return rows.map((r) => ({
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
}
