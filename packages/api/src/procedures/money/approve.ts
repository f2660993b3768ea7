import { z } from "zod";
import { approveSettlement, getSettlement, writeAudit } from "@jeugdregie/db";
import { AppError, validateApproval } from "@jeugdregie/domain";
import { settlementAdminProcedure } from "./_shared.ts";

/** The second region admin approves a computed settlement (four eyes); an approved one never changes. */
export const approve = settlementAdminProcedure
  .input(z.object({ settlementId: z.uuid({ message: "Kies een afrekening." }) }))
  .mutation(async ({ ctx, input }) => {
    const { scope } = ctx.viewer;
    const settlement = await getSettlement(ctx.tx, ctx.regionId, input.settlementId);
    if (!settlement)
      throw new AppError("NOT_FOUND", { nl: "Deze afrekening bestaat niet (meer).", en: "This settlement does not exist (any more)." });
    validateApproval(settlement, scope.userId);
    if (!(await approveSettlement(ctx.tx, ctx.regionId, settlement.id, scope.userId)))
      throw new AppError("CONFLICT", {
        nl: "Deze afrekening is intussen opnieuw berekend of goedgekeurd. Bekijk de nieuwe cijfers.",
        en: "This settlement was recomputed or approved meanwhile. Look at the new figures.",
      });
    await writeAudit(ctx.tx, scope, {
      action: "update",
      entity: "settlement",
      entityId: settlement.id,
      regionId: ctx.regionId,
      details: {
        before: { status: "computed" },
        after: {
          status: "approved",
          providerName: settlement.providerName,
          year: settlement.year,
          settlementCents: settlement.settlementCents,
        },
      },
    });
    return { id: settlement.id, status: "approved" as const };
  });
