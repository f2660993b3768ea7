import type { TRPCError } from "@trpc/server";
import { withTenant, writeAudit, type Database } from "@jeugdregie/db";
import { isAppError, type TenantScope } from "@jeugdregie/domain";

const ID_FIELD = /^(id|[a-z][A-Za-z]*Id)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** NOT_FOUND or FORBIDDEN, however it was thrown (an AppError below a procedure, or a role middleware's TRPCError). */
export function refusalCode(error: TRPCError): "NOT_FOUND" | "FORBIDDEN" | null {
  const code = isAppError(error.cause) ? error.cause.code : error.code;
  return code === "NOT_FOUND" || code === "FORBIDDEN" ? code : null;
}

/** The ids asked for (uuid-valued id fields of the raw input): never free text, which may hold a child's data. */
export function idsOf(input: unknown): Record<string, string> {
  if (!input || typeof input !== "object") return {};
  return Object.fromEntries(
    Object.entries(input).filter(
      (entry): entry is [string, string] => ID_FIELD.test(entry[0]) && typeof entry[1] === "string" && UUID.test(entry[1]),
    ),
  );
}

/**
 * Records a refused call in the caller's own audit chain (their active region, else the platform
 * chain): which procedure, which ids, the outcome and where from. It runs in a transaction of its
 * own because the refused one rolled back. It names nothing the caller was refused.
 */
export async function auditRefusal(
  db: Database,
  scope: TenantScope,
  refusal: { path: string; code: "NOT_FOUND" | "FORBIDDEN"; ids: Record<string, string>; ip: string },
): Promise<void> {
  await withTenant(db, scope, (tx) =>
    writeAudit(tx, scope, {
      action: "access_refused",
      entity: refusal.path,
      entityId: Object.values(refusal.ids)[0] ?? null,
      regionId: scope.regionId,
      details: { code: refusal.code, ids: refusal.ids, ip: refusal.ip },
    }),
  );
}
