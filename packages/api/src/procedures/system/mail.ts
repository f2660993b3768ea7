import { outboxCounts, undeliveredEmail } from "@jeugdregie/db";
import { systemProcedure } from "./_shared.ts";

/** What did not go out: counts per status and the messages that failed or gave up, never a message's body. */
export const mail = systemProcedure.query(async ({ ctx }) => ({
  counts: await outboxCounts(ctx.tx),
  messages: (await undeliveredEmail(ctx.tx)).map((m) => ({
    id: m.id,
    recipient: m.recipient,
    subject: m.subject,
    status: m.status as "failed" | "dead",
    attempts: m.attempts,
    lastError: m.last_error,
    createdAt: m.created_at,
    nextAttemptAt: m.status === "failed" ? m.next_attempt_at : null,
  })),
}));
