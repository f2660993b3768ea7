import { sql, type Transaction } from "kysely";
import type { TenantScope } from "@jeugdregie/domain";
import type { Database } from "./client.ts";
import type { DB } from "./schema.ts";

export type Tx = Transaction<DB>;

/**
 * The only way application code touches tenant-owned rows: one transaction whose `app.*`
 * settings carry the scope, so row-level security filters every statement in it, including
 * a query someone forgot to filter. Settings are transaction-local and vanish on commit.
 */
export async function withTenant<T>(db: Database, scope: TenantScope, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await applyScope(trx, scope);
    return fn(trx);
  });
}

/** The `app.*` settings that row-level security reads, for one scope. */
export function scopeSettings(scope: TenantScope): [name: string, value: string][] {
  return [
    ["app.user_id", scope.userId],
    ["app.role", scope.role],
    // SQL reads a set of regions (app.region_ids()); a scope has one region or none.
    ["app.region_ids", scope.regionId ? `{${scope.regionId}}` : "{}"],
    ["app.provider_id", scope.providerId ?? ""],
    ["app.supra_region_id", scope.supraRegionId ?? ""],
  ];
}

/**
 * One statement without parameters (the values are literals: ids and codes the server resolved,
 * quoted by Kysely), so the connection sends it in one message with the transaction's BEGIN
 * (prepared-client.ts): a tenant transaction opens in one round trip.
 */
export async function applyScope(trx: Tx, scope: TenantScope): Promise<void> {
  const settings = scopeSettings(scope).map(([name, value]) => sql`set_config(${sql.lit(name)}, ${sql.lit(value)}, true)`);
  await sql`select ${sql.join(settings)}`.execute(trx);
}

/**
 * For the moments before a tenant scope exists (resolving a session's memberships): only
 * `app.user_id` is set, which lets the user read the names of the regions they belong to.
 */
export async function withIdentity<T>(db: Database, userId: string, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.user_id', ${userId}, true)`.execute(trx);
    return fn(trx);
  });
}

/** The role the mail relay acts under: the only one that reads outbox messages and marks them sent. */
export const MAIL_RELAY_ROLE = "mail_relay";

/**
 * For the worker sending the outbox: a transaction as the mail relay, with no tenant. Sessions
 * can never act under this role (their roles come from memberships), so only the worker's own
 * code path reads messages, across tenants, to send them.
 */
export async function withMailRelay<T>(db: Database, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.role', ${MAIL_RELAY_ROLE}, true)`.execute(trx);
    return fn(trx);
  });
}

/** The role the worker's sweeps act under to find due work across regions (ids only, see migration 0016). */
export const SCHEDULER_ROLE = "scheduler";

/**
 * For the worker's sweeps: a transaction as the scheduler, with no tenant. Like the mail relay,
 * no session can act under this role; the only thing it can do is call the narrow functions that
 * name due work (`app.open_offer_deadlines`). The work itself runs in each region's own scope.
 */
export async function withScheduler<T>(db: Database, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.role', ${SCHEDULER_ROLE}, true)`.execute(trx);
    return fn(trx);
  });
}
