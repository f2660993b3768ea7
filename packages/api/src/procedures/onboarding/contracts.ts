import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { answerContract, answerContractChange, createContract, isVisibleRegion, listContractsPage, withTenant } from "@jeugdregie/db";
import { AppError, FINANCING_FORMS, isProviderRole, PROVIDER_ROLES, validateContractAnswer } from "@jeugdregie/domain";
import { forbidden, regionNotFound } from "../../errors.ts";
import { authedProcedure, providerAdminProcedure, regionAdminProcedure } from "../../trpc.ts";
import { cents, isoDate, orderedPeriod, pageShape } from "../../input.ts";

const productInput = z.object({
  productCode: z.string({ message: "Vul een productcode in." }).trim().toUpperCase(),
  productCategory: z.string({ message: "Kies een productcategorie." }).trim(),
  unit: z.string({ message: "Kies een eenheid." }).trim(),
  tariffCents: cents("Vul een tarief in."),
  intensityBand: z
    .string()
    .regex(/^[K-Z]$/, { message: "Intensiteit is een letter van K tot en met Z." })
    .nullable()
    .optional(),
});

/** What a region agrees with a provider (a new contract adds the provider). */
export const contractTermsShape = {
  segmentId: z.uuid({ message: "Kies een segment." }),
  providerRole: z.enum(PROVIDER_ROLES, { message: "Kies de rol van de aanbieder." }),
  financingForm: z.enum(FINANCING_FORMS, { message: "Kies een financieringsvorm." }),
  startsOn: isoDate("2026-01-01"),
  endsOn: isoDate("2027-12-31"),
  revisionClause: z.string().trim().max(2000, { message: "De herzieningsclausule heeft hoogstens 2000 tekens." }).default(""),
  guaranteeAmountCents: cents("Vul het garantiebedrag in.").nullable().default(null),
  products: z
    .array(productInput)
    .min(1, { message: "Een contract heeft minstens één product." })
    .max(200, { message: "Een contract heeft hoogstens 200 producten." }),
};

export const createContractInput = z
  .object({ providerId: z.uuid({ message: "Kies een aanbieder." }), ...contractTermsShape })
  .refine(...orderedPeriod("startsOn", "endsOn"));

export const createContractProcedure = regionAdminProcedure
  .input(createContractInput)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => createContract(tx, ctx.viewer.scope, ctx.regionId, input)),
  );

/** Region roles see their region's contracts (with status); a provider sees its confirmed ones in every region. */
export const listContractsProcedure = authedProcedure
  .input(z.object({ ...pageShape, regionId: z.uuid().optional() }).optional())
  .query(({ ctx, input }) => {
    const { scope } = ctx.viewer;
    if (!["region_admin", "placement_coordinator"].includes(scope.role) && !isProviderRole(scope.role)) throw forbidden();
    return withTenant(ctx.deps.db, scope, async (tx) => {
      if (input?.regionId && !(await isVisibleRegion(tx, scope, input.regionId))) throw regionNotFound();
      return listContractsPage(tx, scope, { regionId: input?.regionId }, input ?? {});
    });
  });

export const answerContractInput = z.object({
  contractId: z.uuid(),
  confirm: z.boolean(),
  reason: z.string().trim().max(2000, { message: "Een reden heeft hoogstens 2000 tekens." }).optional(),
});

/**
 * The provider's admin confirms a region's contract proposal (only then may the region offer), or
 * declines it with a reason; likewise a change the region proposed to a confirmed contract.
 */
export const answerContractProcedure = providerAdminProcedure.input(answerContractInput).mutation(({ ctx, input }) => {
  const answer = validateContractAnswer(input);
  const { scope, ability } = ctx.viewer;
  return withTenant(ctx.deps.db, scope, async (tx) => {
    const contract = await tx
      .selectFrom("contracts")
      .select(["region_id", "provider_id", "status", "pending_change"])
      .where("id", "=", input.contractId)
      .where("provider_id", "=", ctx.providerId)
      .executeTakeFirst();
    if (!contract)
      throw new AppError("NOT_FOUND", {
        nl: "Dit contractvoorstel bestaat niet of is niet aan jouw organisatie gedaan.",
        en: "This contract proposal does not exist or was not made to your organisation.",
      });
    if (!ability.can("update", subject("Contract", { regionId: contract.region_id, providerId: contract.provider_id }))) throw forbidden();
    // A proposal is answered as a whole; a confirmed contract's waiting change on its own.
    if (contract.status === "confirmed" && contract.pending_change) {
      const changed = await answerContractChange(tx, scope, input.contractId, answer);
      return { regionId: changed.regionId, status: "confirmed" as const };
    }
    return answerContract(tx, scope, input.contractId, answer);
  });
});
