import type { TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../tenant.ts";

export interface AuditEvent {
  action: "read" | "create" | "update" | "delete" | "login" | "logout" | "login_failed" | "switch_region" | "access_refused";
  entity: string;
  entityId?: string | null;
  regionId?: string | null;
  details?: Record<string, unknown>;
  organisation?: string | null;
  emergencyAccess?: boolean;
}

type AuditScope = (Pick<TenantScope, "userId" | "role"> & Partial<Pick<TenantScope, "providerId" | "regionId" | "supraRegionId">>) | null;

function auditRow(scope: AuditScope, event: AuditEvent) {
  // NEN 7513 asks for the organisation acting: the provider, else the region, else the supra region.
  const organisation = event.organisation ?? scope?.providerId ?? scope?.regionId ?? scope?.supraRegionId ?? null;
  return {
    region_id: event.regionId ?? null,
    user_id: scope?.userId ?? null,
    role: scope?.role ?? "anonymous",
    organisation,
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId ?? null,
    details: JSON.stringify(event.details ?? {}),
    emergency_access: event.emergencyAccess ?? false,
  };
}

/** Appends to the hash-chained audit log inside the caller's transaction: no write without its record. */
export async function writeAudit(tx: Tx, scope: AuditScope, event: AuditEvent): Promise<void> {
  await tx.insertInto("audit_log").values(auditRow(scope, event)).execute();
}

/** Several entries in one statement (a batch of writes); the chain trigger links them in order. */
export async function writeAudits(tx: Tx, scope: AuditScope, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx
    .insertInto("audit_log")
    .values(events.map((event) => auditRow(scope, event)))
    .execute();
}
