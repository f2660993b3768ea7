import { markEmail, pendingEmail, type Database, type FieldCipher } from "@jeugdregie/db";

export interface EmailTransport {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/**
 * Sends one outbox message as the mail relay, decrypting its body only to hand it to the
 * transport. Without a configured transport (no SMTP_URL) the message is kept and marked
 * skipped: the invitation link is always shown in the UI as well.
 */
export async function processEmail(
  db: Database,
  outboxId: string,
  transport: EmailTransport | null,
  cipher: Pick<FieldCipher, "decrypt">,
): Promise<"sent" | "skipped" | "failed" | "gone"> {
  const message = await pendingEmail(db, outboxId);
  if (!message) return "gone";
  if (!transport) {
    await markEmail(db, outboxId, { status: "skipped", error: "SMTP not configured" });
    return "skipped";
  }
  let text: string;
  try {
    text = cipher.decrypt(message.body);
  } catch {
    // Retrying cannot help: the body was sealed under another DATA_ENCRYPTION_KEY or damaged.
    await markEmail(db, outboxId, { status: "failed", error: "body could not be decrypted (DATA_ENCRYPTION_KEY changed?)" });
    return "failed";
  }
  try {
    await transport.send({ to: message.recipient, subject: message.subject, text });
  } catch (error) {
    await markEmail(db, outboxId, { status: "failed", error: (error as Error).message });
    throw error; // BullMQ retries with backoff
  }
  await markEmail(db, outboxId, { status: "sent" });
  return "sent";
}
