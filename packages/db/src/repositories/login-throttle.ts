import { sql, type ExpressionBuilder } from "kysely";
import type { Database } from "../client.ts";
import type { FieldCipher } from "../field-cipher.ts";
import type { DB } from "../schema.ts";
import type { Tx } from "../tenant.ts";
import { enqueueEmail } from "./onboarding/outbox.ts";

/** Who is trying: the account's address as typed, the throttle's address for the client and its raw address. */
export interface LoginAttemptKey {
  email: string;
  address: string;
  ip: string;
}

/** Where each count starts (loginHistorySince in @jeugdregie/auth). */
export interface LoginHistorySince {
  pair: Date;
  address: Date;
  account: Date;
  known: Date;
}

export interface LoginHistoryCounts {
  pair: { count: number; lastAt: Date | null };
  address: { count: number; lastAt: Date | null };
  accountFailures: number;
  knownAddress: boolean;
}

const normalEmail = (email: string) => email.trim().toLowerCase();
const emailIs = (email: string) => (eb: ExpressionBuilder<DB, "login_attempts">) => eb(eb.fn("lower", ["email"]), "=", email);

async function failureRun(query: ReturnType<typeof failures>) {
  const row = await query
    .select((eb) => [eb.fn.countAll<string>().as("count"), eb.fn.max("attempted_at").as("last_at")])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), lastAt: row.last_at ? new Date(row.last_at) : null };
}

function failures(tx: Tx, since: Date) {
  return tx.selectFrom("login_attempts").where("succeeded", "=", false).where("attempted_at", ">", since);
}

async function loginHistory(tx: Tx, email: string, address: string, since: LoginHistorySince): Promise<LoginHistoryCounts> {
  const lastSignIn = await tx
    .selectFrom("login_attempts")
    .select((eb) => eb.fn.max("attempted_at").as("at"))
    .where(emailIs(email))
    .where("network", "=", address)
    .where("succeeded", "=", true)
    .where("attempted_at", ">", since.known)
    .executeTakeFirstOrThrow();
  const signedInAt = lastSignIn.at ? new Date(lastSignIn.at) : null;
  const pairSince = signedInAt && signedInAt > since.pair ? signedInAt : since.pair;
  const pair = await failureRun(failures(tx, pairSince).where(emailIs(email)).where("network", "=", address));
  const byAddress = await failureRun(failures(tx, since.address).where("network", "=", address));
  const account = await failureRun(failures(tx, since.account).where(emailIs(email)));
  return { pair, address: byAddress, accountFailures: account.count, knownAddress: signedInAt !== null };
}

/**
 * One attempt's turn. Attempts for one account, and from one address, take it one at a time
 * (advisory locks, always in that order), so a burst of parallel requests cannot all slip through
 * the moment a wait ends. When `decide` lets the attempt go on, it is recorded as failed before the
 * password is even checked; `markLoginSucceeded` corrects that for a right one.
 */
export async function claimLoginAttempt<V extends { kind: string }>(
  db: Database,
  key: LoginAttemptKey,
  at: { now: Date; since: LoginHistorySince },
  decide: (history: LoginHistoryCounts) => V,
): Promise<{ verdict: V; attemptId: string | null }> {
  const email = normalEmail(key.email);
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`login-account:${email}`}, 0))`.execute(tx);
    await sql`select pg_advisory_xact_lock(hashtextextended(${`login-address:${key.address}`}, 0))`.execute(tx);
    const verdict = decide(await loginHistory(tx, email, key.address, at.since));
    if (verdict.kind !== "allow") return { verdict, attemptId: null };
    const row = await tx
      .insertInto("login_attempts")
      .values({ email, ip: key.ip, network: key.address, succeeded: false, attempted_at: at.now })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { verdict, attemptId: row.id };
  });
}

/** The password was right: the attempt counts as a sign-in, which makes its address known to the account. */
export async function markLoginSucceeded(db: Database, attemptId: string) {
  await db.updateTable("login_attempts").set({ succeeded: true }).where("id", "=", attemptId).execute();
}

/**
 * Issues a sign-in link for the account with this address and queues its mail, in one transaction;
 * nothing when there is no such account or a link went out recently. Returns the outbox id to send.
 */
export async function issueLoginUnlock(
  db: Database,
  cipher: Pick<FieldCipher, "encrypt">,
  link: { email: string; tokenHash: string; ttlSeconds: number; resendAfterSeconds: number; subject: string; body: string },
): Promise<string | null> {
  return db.transaction().execute(async (tx) => {
    const { rows } = await sql<{ recipient: string | null }>`
      select app.issue_login_unlock(${link.email}, ${link.tokenHash}, ${link.ttlSeconds}::int, ${link.resendAfterSeconds}::int) as recipient`.execute(
      tx,
    );
    const recipient = rows[0]?.recipient;
    if (!recipient) return null;
    return enqueueEmail(tx, cipher, { regionId: null, recipient, subject: link.subject, body: link.body });
  });
}

export interface LoginUnlockState {
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
  passwordFailures: number;
}

export async function loginUnlockState(db: Database, tokenHash: string): Promise<LoginUnlockState | undefined> {
  const { rows } = await sql<{ email: string; expires_at: Date; used_at: Date | null; password_failures: number }>`
    select * from app.login_unlock_state(${tokenHash})`.execute(db);
  const row = rows[0];
  return row && { email: row.email, expiresAt: row.expires_at, usedAt: row.used_at, passwordFailures: row.password_failures };
}

/** Spends the link (once, atomically); the account's user id, or null when it no longer works. */
export async function useLoginUnlock(db: Database, tokenHash: string, address: string, maxPasswordFailures: number) {
  const { rows } = await sql<{ user_id: string | null }>`
    select app.use_login_unlock(${tokenHash}, ${address}, ${maxPasswordFailures}::int) as user_id`.execute(db);
  return rows[0]?.user_id ?? null;
}

export async function failLoginUnlock(db: Database, tokenHash: string) {
  await sql`select app.fail_login_unlock(${tokenHash})`.execute(db);
}
