import { z } from "zod";
import { retryEmail, writeAudit } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { systemProcedure } from "./_shared.ts";

/** "Opnieuw proberen": the message goes back to the relay with a fresh series of attempts. */
export const retryMail = systemProcedure
  .input(z.object({ outboxMessageId: z.string().regex(/^\d{1,18}$/, { message: "Onbekend bericht." }) }))
  .mutation(async ({ ctx, input }) => {
    if (!(await retryEmail(ctx.tx, input.outboxMessageId)))
      throw new AppError("NOT_FOUND", {
        nl: "Dit bericht bestaat niet of wacht niet (meer) op een nieuwe poging.",
        en: "This message does not exist or is not waiting for another attempt.",
      });
    await writeAudit(ctx.tx, ctx.viewer.scope, {
      action: "update",
      entity: "outbox",
      entityId: input.outboxMessageId,
      details: { retry: true },
    });
    return { ok: true };
  });
