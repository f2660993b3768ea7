import { outboxCounts, undeliveredEmail } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { systemProcedure } from "./_shared.ts";

/** What did not go out: counts per status and a page of the messages that failed or gave up, never a message's body. */
export const mail = systemProcedure.input(pageInput).query(async ({ ctx, input }) => {
  const { items, nextCursor } = await undeliveredEmail(ctx.tx, input ?? {});
  return {
    counts: await outboxCounts(ctx.tx),
    items: items.map((m) => ({
      id: m.id,
      recipient: m.recipient,
      subject: m.subject,
      status: m.status as "failed" | "dead",
      attempts: m.attempts,
      lastError: m.last_error,
      createdAt: m.created_at,
      nextAttemptAt: m.status === "failed" ? m.next_attempt_at : null,
    })),
    nextCursor,
  };
});
