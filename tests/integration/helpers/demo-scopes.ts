import { DEMO_USERS, findUserByEmail, membershipsOf, withIdentity, type Database } from "@jeugdregie/db";
import { scopeFor, type TenantScope } from "@jeugdregie/domain";

/** The tenant scope a demo user's session acts under, built from its real memberships (as the API does). */
export async function demoScope(db: Database, email: string): Promise<TenantScope> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`no demo user ${email}`);
  const memberships = await withIdentity(db, user.id, (tx) => membershipsOf(tx, user.id));
  const scope = scopeFor(user.id, memberships, null);
  if (!scope) throw new Error(`demo user ${email} has no membership`);
  return scope;
}

/** Every demo user's e-mail address: one of each role, in several tenants. */
export const demoEmails = (): string[] => DEMO_USERS.map((u) => u.email);
