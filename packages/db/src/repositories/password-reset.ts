import { sql } from "kysely";
import type { Database } from "../client.ts";
import type { FieldCipher } from "../field-cipher.ts";
import { enqueueEmail } from "./onboarding/outbox.ts";

/*
 * "Wachtwoord vergeten": single-use, time-limited links whose hash lives in a table the
 * application role cannot touch (migration 0021), reached through four narrow functions, as the
 * sign-in links of migration 0017.
 */

/**
 * Issues a reset link for the enabled password account with this address and queues its mail, in
 * one transaction; nothing when there is no such account or a link went out recently. Returns the
 * outbox id to send, or null.
 */
export async function issuePasswordReset(
  db: Database,
  cipher: Pick<FieldCipher, "encrypt">,
  link: { email: string; tokenHash: string; ttlSeconds: number; resendAfterSeconds: number; subject: string; body: string },
): Promise<string | null> {
  return db.transaction().execute(async (tx) => {
    const { rows } = await sql<{ recipient: string | null }>`
      select app.issue_password_reset(${link.email}, ${link.tokenHash}, ${link.ttlSeconds}::int, ${link.resendAfterSeconds}::int) as recipient`.execute(
      tx,
    );
    const recipient = rows[0]?.recipient;
    if (!recipient) return null;
    return enqueueEmail(tx, cipher, { regionId: null, recipient, subject: link.subject, body: link.body });
  });
}

export interface PasswordResetState {
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export async function passwordResetState(db: Database, tokenHash: string): Promise<PasswordResetState | undefined> {
  const { rows } = await sql<{ email: string; expires_at: Date; used_at: Date | null }>`
    select * from app.password_reset_state(${tokenHash})`.execute(db);
  const row = rows[0];
  return row && { email: row.email, expiresAt: row.expires_at, usedAt: row.used_at };
}

/** Spends the link once: the new password hash is set and every session of the account ends. The account's id, or null. */
export async function usePasswordReset(db: Database, tokenHash: string, passwordHash: string): Promise<string | null> {
  const { rows } = await sql<{ user_id: string | null }>`
    select app.use_password_reset(${tokenHash}, ${passwordHash}) as user_id`.execute(db);
  return rows[0]?.user_id ?? null;
}
