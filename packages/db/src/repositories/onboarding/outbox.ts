import { sql } from "kysely";
import type { Database } from "../../client.ts";
import type { FieldCipher } from "../../field-cipher.ts";
import { withMailRelay, type Tx } from "../../tenant.ts";

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

/** A message still to send, as the mail relay reads it (body still encrypted). */
export async function pendingEmail(db: Database, id: string) {
  return withMailRelay(db, (tx) =>
    tx
      .selectFrom("outbox")
      .select(["id", "region_id", "recipient", "subject", "body", "attempts"])
      .where("id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirst(),
  );
}

export async function markEmail(db: Database, id: string, result: { status: "sent" | "failed" | "skipped"; error?: string }) {
  await withMailRelay(db, (tx) =>
    tx
      .updateTable("outbox")
      .set((eb) => ({
        status: result.status,
        attempts: eb("attempts", "+", 1),
        last_error: result.error ?? null,
        sent_at: result.status === "sent" ? new Date() : null,
      }))
      .where("id", "=", id)
      .execute(),
  );
}
