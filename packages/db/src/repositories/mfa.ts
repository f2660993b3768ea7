import { sql } from "kysely";
import type { Role, TenantScope } from "@jeugdregie/domain";
import type { Database } from "../client.ts";
import type { Tx } from "../tenant.ts";
import { withIdentity } from "../tenant.ts";
import { writeAudit } from "./audit.ts";

/*
 * The second factor (TOTP). The secret is encrypted by the caller (field crypto; the key never
 * reaches the database) and only the account's own transactions see its row (mfa_totp_own).
 */

export interface TotpRecord {
  secretEncrypted: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

export async function totpRecord(db: Database, userId: string): Promise<TotpRecord | undefined> {
  const row = await withIdentity(db, userId, (tx) =>
    tx
      .selectFrom("mfa_totp")
      .select(["secret_encrypted", "confirmed_at", "last_used_step"])
      .where("user_id", "=", userId)
      .executeTakeFirst(),
  );
  return (
    row && {
      secretEncrypted: row.secret_encrypted,
      confirmedAt: row.confirmed_at,
      lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
    }
  );
}

/** Starts (or restarts) enrolment with a new secret; an account that already has a confirmed one keeps it. */
export async function startTotpEnrolment(db: Database, userId: string, secretEncrypted: string): Promise<boolean> {
  return withIdentity(db, userId, async (tx) => {
    const result = await tx
      .insertInto("mfa_totp")
      .values({ user_id: userId, secret_encrypted: secretEncrypted })
      .onConflict((oc) =>
        oc
          .column("user_id")
          .doUpdateSet({ secret_encrypted: secretEncrypted, created_at: new Date() })
          .where("mfa_totp.confirmed_at", "is", null),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  });
}

/**
 * Spends a time step: only when it is later than the last one used (the same code never works
 * twice, also under two requests at once). Confirms an enrolment on its first code.
 */
export async function useTotpStep(db: Database, scope: Pick<TenantScope, "userId" | "role">, step: number, purpose: "enrol" | "sign_in") {
  return withIdentity(db, scope.userId, async (tx) => {
    const updated = await tx
      .updateTable("mfa_totp")
      .set((eb) => ({ last_used_step: step, confirmed_at: eb.fn.coalesce("confirmed_at", sql<Date>`now()`) }))
      .where("user_id", "=", scope.userId)
      .where((eb) => eb.or([eb("last_used_step", "is", null), eb("last_used_step", "<", String(step))]))
      .where((eb) => (purpose === "enrol" ? eb("confirmed_at", "is", null) : eb("confirmed_at", "is not", null)))
      .executeTakeFirst();
    const ok = Number(updated.numUpdatedRows) === 1;
    if (ok && purpose === "enrol") {
      await writeAudit(
        tx,
        { userId: scope.userId, role: scope.role },
        { action: "create", entity: "mfa", entityId: scope.userId, regionId: null, details: { after: { mfa: true } } },
      );
    }
    return ok;
  });
}

/** Whether the signed-in account must have a second factor (one of its roles requires it) and has one. */
export async function mfaStatus(tx: Tx): Promise<{ required: boolean; enrolled: boolean }> {
  const { rows } = await sql<{ required: boolean; enrolled: boolean }>`select * from app.mfa_status()`.execute(tx);
  return rows[0] ?? { required: false, enrolled: false };
}

export async function mfaRequiredRoles(tx: Tx): Promise<Role[]> {
  const { rows } = await sql<{ role: Role }>`select app.mfa_required_roles() as role`.execute(tx);
  return rows.map((r) => r.role);
}

export async function setMfaRequiredRoles(tx: Tx, scope: TenantScope, roles: Role[]) {
  const before = await mfaRequiredRoles(tx);
  await sql`select app.set_mfa_required_roles(${roles}::text[])`.execute(tx);
  await writeAudit(tx, scope, {
    action: "update",
    entity: "mfa_policy",
    regionId: null,
    details: { before: { roles: before }, after: { roles } },
  });
}

/** The pending sign-in (password right, code owed): counts wrong codes; the caller ends it after too many. */
export async function failMfaCode(db: Database, sessionId: string): Promise<number> {
  const row = await db
    .updateTable("sessions")
    .set((eb) => ({ mfa_failures: eb("mfa_failures", "+", 1) }))
    .where("id", "=", sessionId)
    .where("mfa_pending", "=", true)
    .returning("mfa_failures")
    .executeTakeFirst();
  return row?.mfa_failures ?? Number.POSITIVE_INFINITY;
}

/** The code was right: the session opens, for a working day from now. */
export async function completeMfaSession(db: Database, sessionId: string, expiresAt: Date): Promise<boolean> {
  const result = await db
    .updateTable("sessions")
    .set({ mfa_pending: false, mfa_failures: 0, expires_at: expiresAt, last_seen_at: new Date() })
    .where("id", "=", sessionId)
    .where("mfa_pending", "=", true)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
