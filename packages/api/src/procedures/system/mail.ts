import { z } from "zod";
import { outboxCounts, retryEmail, undeliveredEmail, withTenant, writeAudit } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { forbidden } from "../../errors.ts";
import { authedProcedure } from "../../trpc.ts";

/** The platform admin's view of the outbox: what did not go out, never a message's body. */
const mailAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer.ability.can("read", "SystemStatus")) throw forbidden();
  return next();
});

export const undeliveredMail = mailAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => ({
    counts: await outboxCounts(tx),
    messages: (await undeliveredEmail(tx)).map((m) => ({
      id: m.id,
      recipient: m.recipient,
      subject: m.subject,
      status: m.status as "failed" | "dead",
      attempts: m.attempts,
      lastError: m.last_error,
      createdAt: m.created_at,
      nextAttemptAt: m.status === "failed" ? m.next_attempt_at : null,
    })),
  })),
);

/** "Opnieuw proberen": the message goes back to the relay with a fresh series of attempts. */
export const retryMail = mailAdminProcedure
  .input(z.object({ outboxMessageId: z.string().regex(/^\d{1,18}$/, { message: "Onbekend bericht." }) }))
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
      if (!(await retryEmail(tx, input.outboxMessageId)))
        throw new AppError("NOT_FOUND", {
          nl: "Dit bericht bestaat niet of wacht niet (meer) op een nieuwe poging.",
          en: "This message does not exist or is not waiting for another attempt.",
        });
      await writeAudit(tx, ctx.viewer.scope, {
        action: "update",
        entity: "outbox",
        entityId: input.outboxMessageId,
        details: { retry: true },
      });
      return { ok: true };
    }),
  );
