import { claimDueEmail, recordEmailAttempt, withMailRelay, type Database, type EmailAttempt, type FieldCipher } from "@jeugdregie/db";
import { afterFailedAttempt, DEFAULT_MAIL_RETRY, type MailRetryPolicy } from "@jeugdregie/domain";

export interface EmailTransport {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export interface MailRelay {
  /** Null without SMTP_URL: messages are kept, marked skipped (invitation links are shown on screen too). */
  transport: EmailTransport | null;
  cipher: Pick<FieldCipher, "decrypt">;
  policy?: MailRetryPolicy;
}

export type RelayOutcome = "sent" | "failed" | "dead" | "skipped";

/**
 * Sends one due message as the mail relay: taken and locked (FOR UPDATE SKIP LOCKED) in a
 * transaction that stays open while it is handed to SMTP, so no other relay sends it as well; the
 * outcome is recorded in that same transaction. A failure schedules the next attempt with a
 * growing delay; after the maximum the message is dead. Null when nothing (or not `id`) is due.
 */
async function relayNext(db: Database, relay: MailRelay, id?: string): Promise<RelayOutcome | null> {
  return withMailRelay(db, async (tx) => {
    const now = new Date();
    const message = await claimDueEmail(tx, now, id);
    if (!message) return null;
    const record = async (attempt: EmailAttempt) => {
      await recordEmailAttempt(tx, message.id, attempt, now);
      return attempt.status;
    };
    if (!relay.transport) return record({ status: "skipped", error: "SMTP not configured" });
    let text: string;
    try {
      text = relay.cipher.decrypt(message.body);
    } catch {
      // Retrying cannot help: the body was sealed under another DATA_ENCRYPTION_KEY or damaged.
      return record({ status: "dead", error: "body could not be decrypted (DATA_ENCRYPTION_KEY changed?)" });
    }
    try {
      await relay.transport.send({ to: message.recipient, subject: message.subject, text });
    } catch (error) {
      const next = afterFailedAttempt(message.attempts + 1, now, relay.policy ?? DEFAULT_MAIL_RETRY);
      const reason = (error as Error).message;
      return record(
        next.status === "dead" ? { status: "dead", error: reason } : { status: "failed", error: reason, nextAttemptAt: next.nextAttemptAt },
      );
    }
    return record({ status: "sent" });
  });
}

/** The relay's periodic pass: every message that is due, one at a time, up to `limit`. */
export async function relayOutbox(db: Database, relay: MailRelay, limit = 100): Promise<Record<RelayOutcome, number>> {
  const counts: Record<RelayOutcome, number> = { sent: 0, failed: 0, dead: 0, skipped: 0 };
  for (let i = 0; i < limit; i++) {
    const outcome = await relayNext(db, relay);
    if (!outcome) break;
    counts[outcome]++;
  }
  return counts;
}

/**
 * The send-email job (a nudge right after the commit that wrote the message): relays that one
 * message now if it is still due. "gone" when it was sent already, is being sent by another
 * relay, or waits for its next attempt. Never throws for SMTP trouble: retries are the relay's.
 */
export async function processEmail(
  db: Database,
  outboxId: string,
  transport: EmailTransport | null,
  cipher: Pick<FieldCipher, "decrypt">,
  policy?: MailRetryPolicy,
): Promise<RelayOutcome | "gone"> {
  return (await relayNext(db, { transport, cipher, ...(policy && { policy }) }, outboxId)) ?? "gone";
}
