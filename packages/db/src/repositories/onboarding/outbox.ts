import { sql } from "kysely";
import type { FieldCipher } from "../../field-cipher.ts";
import { keysetPage, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";

export interface OutgoingEmail {
  regionId: string | null;
  recipient: string;
  subject: string;
  /** Plain text; stored encrypted because it may carry a link with a token (invitations). */
  body: string;
}

/**
 * Queues an e-mail in the writer's own scope (RLS checks the region). The body is encrypted at
 * rest; only the mail relay decrypts it when sending. Writers may not read the outbox, so the id
 * comes from the sequence rather than from RETURNING.
 */
export async function enqueueEmail(tx: Tx, cipher: Pick<FieldCipher, "encrypt">, message: OutgoingEmail): Promise<string> {
  const { rows } = await sql<{ id: string }>`select nextval('outbox_id_seq')::text as id`.execute(tx);
  const id = rows[0]!.id;
  await tx
    .insertInto("outbox")
    .values({
      id,
      region_id: message.regionId,
      kind: "email",
      recipient: message.recipient,
      subject: message.subject,
      body: cipher.encrypt(message.body),
    })
    .execute();
  return id;
}

/** Whether a message with this subject went to this recipient after `since` (a reminder is sent once a day). */
export async function emailQueuedSince(tx: Tx, recipient: string, subject: string, since: Date): Promise<boolean> {
  const row = await tx
    .selectFrom("outbox")
    .select("id")
    .where("recipient", "=", recipient)
    .where("subject", "=", subject)
    .where("created_at", ">", since)
    .executeTakeFirst();
  return Boolean(row);
}

/** A message the relay holds while it sends it (body still encrypted). */
export interface ClaimedEmail {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Takes the next message that is due (pending, or failed with its next attempt come) inside the
 * relay's transaction and locks it: FOR UPDATE SKIP LOCKED, so a second relay (another worker, a
 * nudge job) passes over it instead of sending it too. With `id`, only that message.
 */
export async function claimDueEmail(tx: Tx, now: Date, id?: string): Promise<ClaimedEmail | undefined> {
  let query = tx
    .selectFrom("outbox")
    .select(["id", "recipient", "subject", "body", "attempts"])
    .where("status", "in", ["pending", "failed"])
    .where("next_attempt_at", "<=", now);
  if (id !== undefined) query = query.where("id", "=", id);
  return query.orderBy("next_attempt_at").orderBy("id").limit(1).forUpdate().skipLocked().executeTakeFirst();
}

export type EmailAttempt =
  { status: "sent" } | { status: "failed"; error: string; nextAttemptAt: Date } | { status: "dead" | "skipped"; error: string };

/** Records one attempt on a message the relay holds (claimDueEmail, same transaction). */
export async function recordEmailAttempt(tx: Tx, id: string, attempt: EmailAttempt, now: Date): Promise<void> {
  await tx
    .updateTable("outbox")
    .set((eb) => ({
      status: attempt.status,
      attempts: eb("attempts", "+", 1),
      last_error: attempt.status === "sent" ? null : attempt.error.slice(0, 500),
      sent_at: attempt.status === "sent" ? now : null,
      ...(attempt.status === "failed" && { next_attempt_at: attempt.nextAttemptAt }),
    }))
    .where("id", "=", id)
    .execute();
}

/** Mail that did not go out (still being retried, or given up), for the platform admin, newest first: never the body. */
export async function undeliveredEmail(tx: Tx, page: PageRequest = {}) {
  const query = tx
    .selectFrom("outbox as o")
    .select([
      "o.id",
      "o.region_id",
      "o.recipient",
      "o.subject",
      "o.status",
      "o.attempts",
      "o.last_error",
      "o.created_at",
      "o.next_attempt_at",
    ])
    .where("o.status", "in", ["failed", "dead"]);
  const keys = [
    { expr: sql`o.created_at`, type: "timestamptz" as const },
    { expr: sql`o.id`, type: "int8" as const },
  ];
  return keysetPage(query, keys, "desc", page);
}

/** Counts per status, for the platform admin's overview. */
export async function outboxCounts(tx: Tx): Promise<Record<string, number>> {
  const rows = await tx
    .selectFrom("outbox")
    .select(["status", (eb) => eb.fn.countAll<string>().as("count")])
    .groupBy("status")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
}

/** "Opnieuw proberen": a failed or dead message back to pending (the platform admin only; see migration 0016). */
export async function retryEmail(tx: Tx, id: string): Promise<boolean> {
  const { rows } = await sql<{ retried: boolean }>`select app.retry_outbox_message(${id}::bigint) as retried`.execute(tx);
  return rows[0]?.retried === true;
}
