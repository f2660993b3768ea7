import { withTenant, type Database, type Tx } from "@jeugdregie/db";
import { SYSTEM_USER_ID, type TenantScope } from "@jeugdregie/domain";

/** Work that must wait until the job's transaction has committed (queueing a job, nudging the mail relay). */
export type AfterCommit = (work: () => Promise<void>) => void;

/**
 * The one place jobs open a tenant transaction, the shape of the API's middleware (trpc.ts): `tx`
 * carries the scope, so row-level security filters every statement in it, and `afterCommit(fn)`
 * runs `fn` once the transaction has committed, never when it rolled back.
 */
export async function inScope<T>(db: Database, scope: TenantScope, work: (tx: Tx, afterCommit: AfterCommit) => Promise<T>): Promise<T> {
  const pending: (() => Promise<void>)[] = [];
  const result = await withTenant(db, scope, (tx) => work(tx, (fn) => void pending.push(fn)));
  for (const fn of pending) await fn();
  return result;
}

/** The scope of the worker's work across regions (reading which regions there are, reminding providers). */
export const PLATFORM_SYSTEM_SCOPE: TenantScope = {
  userId: SYSTEM_USER_ID,
  role: "platform_admin",
  regionId: null,
  providerId: null,
  supraRegionId: null,
};
