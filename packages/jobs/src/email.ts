import { markEmail, pendingEmail, type Database } from "@jeugdregie/db";

export interface EmailTransport {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/**
 * Sends one outbox message. Without a configured transport (no SMTP_URL) the message is kept
 * and marked skipped: the invitation link is always shown in the UI as well.
 */
export async function processEmail(db: Database, outboxId: string, transport: EmailTransport | null): Promise<"sent" | "skipped" | "gone"> {
  const message = await pendingEmail(db, outboxId);
  if (!message) return "gone";
  if (!transport) {
    await markEmail(db, outboxId, { status: "skipped", error: "SMTP not configured" });
    return "skipped";
  }
  try {
    await transport.send({ to: message.recipient, subject: message.subject, text: message.body });
  } catch (error) {
    await markEmail(db, outboxId, { status: "failed", error: (error as Error).message });
    throw error; // BullMQ retries with backoff
  }
  await markEmail(db, outboxId, { status: "sent" });
  return "sent";
}
