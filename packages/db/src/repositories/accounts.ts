import { sql } from "kysely";
import type { TenantScope } from "@jeugdregie/domain";
import { keysetPage, type Page, type PageRequest } from "../page.ts";
import type { Tx } from "../tenant.ts";
import { writeAudit } from "./audit.ts";
import { mapConstraintError } from "./pg-errors.ts";
import { anyOfIds } from "../any-of.ts";

export interface AccountRow {
  id: string;
  email: string;
  displayName: string;
  disabledAt: Date | null;
  roles: { role: string; organisation: string }[];
  mfaEnrolled: boolean;
}

/**
 * Accounts for the platform admin (who may read every account, users_read): by name or address,
 * with their roles and whether they have a second factor. At most `limit`, newest first.
 */
export async function listAccounts(tx: Tx, search: string, page: PageRequest = {}): Promise<Page<AccountRow>> {
  const pattern = `%${search
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const query = tx
    .selectFrom("users as u")
    .select(["u.id", "u.email", "u.display_name", "u.disabled_at"])
    .where((eb) => eb.or([eb(eb.fn("lower", ["u.email"]), "like", pattern), eb(eb.fn("lower", ["u.display_name"]), "like", pattern)]));
  const keys = [
    { expr: sql`u.email`, type: "text" as const },
    { expr: sql`u.id`, type: "uuid" as const },
  ];
  const { items: users, nextCursor } = await keysetPage(query, keys, "asc", page);
  return { items: await accountRows(tx, users), nextCursor };
}

async function accountRows(
  tx: Tx,
  users: { id: string; email: string; display_name: string; disabled_at: Date | null }[],
): Promise<AccountRow[]> {
  if (users.length === 0) return [];
  const ids = users.map((u) => u.id);
  const memberships = await tx
    .selectFrom("memberships as m")
    .leftJoin("regions as r", "r.id", "m.region_id")
    .leftJoin("providers as p", "p.id", "m.provider_id")
    .leftJoin("supra_regions as s", "s.id", "m.supra_region_id")
    .select(["m.user_id", "m.role", "r.name as region_name", "p.name as provider_name", "s.name as supra_name"])
    .where(anyOfIds("m.user_id", ids))
    .orderBy("m.created_at")
    .execute();
  const { rows: enrolled } = await sql<{ id: string }>`select app.mfa_enrolled_users(${ids}::uuid[]) as id`.execute(tx);
  const withMfa = new Set(enrolled.map((r) => r.id));
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    disabledAt: u.disabled_at,
    roles: memberships
      .filter((m) => m.user_id === u.id)
      .map((m) => ({ role: m.role, organisation: m.region_name ?? m.provider_name ?? m.supra_name ?? "Jeugdregie" })),
    mfaEnrolled: withMfa.has(u.id),
  }));
}

const refusals = {
  not_own_account: {
    nl: "Je eigen account zet je niet zelf uit: vraag een andere platformbeheerder.",
    en: "You do not deactivate your own account: ask another platform administrator.",
    code: "ILLEGAL_TRANSITION" as const,
  },
  P0002: { nl: "Dit account bestaat niet.", en: "This account does not exist.", code: "NOT_FOUND" as const },
};

/**
 * Deactivates (or reactivates) an account: a deactivated one signs in no more, by any route, and
 * its sessions end at once. Audited with before and after.
 */
export async function setAccountDisabled(tx: Tx, scope: TenantScope, userId: string, disable: boolean) {
  const { rows } = await sql<{ email: string; display_name: string; disabled_at: Date | null }>`
    select * from app.set_account_disabled(${userId}::uuid, ${disable})`
    .execute(tx)
    .catch((error: unknown) => {
      throw mapConstraintError(error, refusals);
    });
  const account = rows[0]!;
  await writeAudit(tx, scope, {
    action: "update",
    entity: "user",
    entityId: userId,
    regionId: null,
    details: { before: { active: disable }, after: { active: !disable, email: account.email } },
  });
  // The answer names nobody: the page already knows whom it asked about.
  return { disabledAt: account.disabled_at };
}

/** Removes an account's second factor (a lost phone): it enrols again at its next sign-in when its role requires one. */
export async function resetAccountMfa(tx: Tx, scope: TenantScope, userId: string) {
  const { rows } = await sql<{ removed: boolean }>`select app.reset_mfa(${userId}::uuid) as removed`.execute(tx).catch((error: unknown) => {
    throw mapConstraintError(error, refusals);
  });
  const removed = rows[0]!.removed;
  if (removed) {
    await writeAudit(tx, scope, { action: "delete", entity: "mfa", entityId: userId, regionId: null, details: { before: { mfa: true } } });
  }
  return { removed };
}
