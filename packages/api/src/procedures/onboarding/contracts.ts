import { z } from "zod";
import { subject } from "@jeugdregie/auth";
import { answerContract, createContract, isVisibleRegion, listContracts, withTenant } from "@jeugdregie/db";
import { AppError, FINANCING_FORMS, isProviderRole, PROVIDER_ROLES, validateContractAnswer } from "@jeugdregie/domain";
import { forbidden, regionNotFound } from "../../errors.ts";
import { authedProcedure, providerAdminProcedure, regionAdminProcedure } from "../../trpc.ts";
import { cents, isoDate } from "../../input.ts";

export const createContractInput = z.object({
  providerId: z.uuid({ message: "Kies een aanbieder." }),
  segmentId: z.uuid({ message: "Kies een segment." }),
  providerRole: z.enum(PROVIDER_ROLES, { message: "Kies de rol van de aanbieder." }),
  financingForm: z.enum(FINANCING_FORMS, { message: "Kies een financieringsvorm." }),
  startsOn: isoDate("2026-01-01"),
  endsOn: isoDate("2027-12-31"),
  revisionClause: z.string().trim().max(2000).default(""),
  guaranteeAmountCents: cents("Vul het garantiebedrag in.").nullable().default(null),
  products: z
    .array(
      z.object({
        productCode: z.string().trim().toUpperCase(),
        productCategory: z.string().trim(),
        unit: z.string().trim(),
        tariffCents: cents("Vul een tarief in."),
        intensityBand: z
          .string()
          .regex(/^[K-Z]$/)
          .nullable()
          .optional(),
      }),
    )
    .min(1, { message: "Een contract heeft minstens één product." })
    .max(200),
});

export const createContractProcedure = regionAdminProcedure
  .input(createContractInput)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => createContract(tx, ctx.viewer.scope, ctx.regionId, input)),
  );

/** Region roles see their region's contracts (with status); a provider sees its confirmed ones in every region. */
export const listContractsProcedure = authedProcedure
  .input(z.object({ regionId: z.uuid().optional() }).optional())
  .query(({ ctx, input }) => {
    const { scope } = ctx.viewer;
    if (!["region_admin", "placement_coordinator"].includes(scope.role) && !isProviderRole(scope.role)) throw forbidden();
    return withTenant(ctx.deps.db, scope, async (tx) => {
      if (input?.regionId && !(await isVisibleRegion(tx, scope, input.regionId))) throw regionNotFound();
      return listContracts(tx, scope, { regionId: input?.regionId });
    });
  });

export const answerContractInput = z.object({
  contractId: z.uuid(),
  confirm: z.boolean(),
  reason: z.string().trim().max(2000).optional(),
});

/** The provider's admin confirms a region's contract proposal (only then may the region offer), or declines it with a reason. */
export const answerContractProcedure = providerAdminProcedure.input(answerContractInput).mutation(({ ctx, input }) => {
  const answer = validateContractAnswer(input);
  const { scope, ability } = ctx.viewer;
  return withTenant(ctx.deps.db, scope, async (tx) => {
    const contract = await tx
      .selectFrom("contracts")
      .select(["region_id", "provider_id"])
      .where("id", "=", input.contractId)
      .where("provider_id", "=", ctx.providerId)
      .executeTakeFirst();
    if (!contract)
      throw new AppError("NOT_FOUND", {
        nl: "Dit contractvoorstel bestaat niet of is niet aan jouw organisatie gedaan.",
        en: "This contract proposal does not exist or was not made to your organisation.",
      });
    if (!ability.can("update", subject("Contract", { regionId: contract.region_id, providerId: contract.provider_id }))) throw forbidden();
    return answerContract(tx, scope, input.contractId, answer);
  });
});
