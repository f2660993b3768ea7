import { dummyPasswordHash, verifyPassword } from "@jeugdregie/auth";
import { findUserByEmail, membershipsOf, withIdentity, writeAudit, type LoginAccount, type MembershipWithNames } from "@jeugdregie/db";
import type { Context } from "../context.ts";

/**
 * The account behind an address and password, when both are right and it may sign in (enabled,
 * with memberships); otherwise null, with the failure in the audit log. Unknown addresses cost
 * the same hashing time as known ones.
 */
export async function checkCredentials(
  ctx: Context,
  email: string,
  password: string,
  via?: string,
): Promise<{ user: LoginAccount; memberships: MembershipWithNames[] } | null> {
  const { db } = ctx.deps;
  const user = await findUserByEmail(db, email);
  const passwordOk = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
  const memberships = user && passwordOk && !user.disabled_at ? await withIdentity(db, user.id, (tx) => membershipsOf(tx, user.id)) : [];
  if (user && passwordOk && !user.disabled_at && memberships.length > 0) return { user, memberships };
  const details = { email: email.toLowerCase(), ip: ctx.ip, ...(via ? { via } : {}) };
  await db.transaction().execute((trx) => writeAudit(trx, null, { action: "login_failed", entity: "user", details }));
  return null;
}
