import type { Database } from "../../client.ts";
import type { Tx } from "../../tenant.ts";

export async function enqueueEmail(tx: Tx, message: { regionId: string | null; recipient: string; subject: string; body: string }) {
  const row = await tx
    .insertInto("outbox")
    .values({ region_id: message.regionId, kind: "email", recipient: message.recipient, subject: message.subject, body: message.body })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function pendingEmail(db: Database, id: string) {
  return db.selectFrom("outbox").selectAll().where("id", "=", id).where("status", "=", "pending").executeTakeFirst();
}

export async function markEmail(db: Database, id: string, result: { status: "sent" | "failed" | "skipped"; error?: string }) {
  await db
    .updateTable("outbox")
    .set((eb) => ({
      status: result.status,
      attempts: eb("attempts", "+", 1),
      last_error: result.error ?? null,
      sent_at: result.status === "sent" ? new Date() : null,
    }))
    .where("id", "=", id)
    .execute();
}
