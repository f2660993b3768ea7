import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { answerContract, answerContractChange, contractToAnswer } from "@jeugdregie/db";
import { AppError, validateContractAnswer } from "@jeugdregie/domain";
import { forbidden } from "../../errors.ts";
import { providerAdminProcedure } from "../../trpc.ts";

export const answerContractInput = z.object({
  contractId: z.uuid(),
  confirm: z.boolean(),
  reason: z.string().trim().max(2000, { message: "Een reden heeft hoogstens 2000 tekens." }).optional(),
});

/**
 * The provider's admin confirms a region's contract proposal (only then may the region offer), or
 * declines it with a reason; likewise a change the region proposed to a confirmed contract.
 */
export const answer = providerAdminProcedure.input(answerContractInput).mutation(async ({ ctx, input }) => {
  const checked = validateContractAnswer(input);
  const { scope, ability } = ctx.viewer;
  const contract = await contractToAnswer(ctx.tx, ctx.providerId, input.contractId);
  if (!contract)
    throw new AppError("NOT_FOUND", {
      nl: "Dit contractvoorstel bestaat niet of is niet aan jouw organisatie gedaan.",
      en: "This contract proposal does not exist or was not made to your organisation.",
    });
  if (!ability.can("update", subject("Contract", { regionId: contract.region_id, providerId: contract.provider_id }))) throw forbidden();
  // A proposal is answered as a whole; a confirmed contract's waiting change on its own.
  if (contract.status === "confirmed" && contract.pending_change) {
    const changed = await answerContractChange(ctx.tx, scope, input.contractId, checked);
    return { regionId: changed.regionId, status: "confirmed" as const };
  }
  return answerContract(ctx.tx, scope, input.contractId, checked);
});
