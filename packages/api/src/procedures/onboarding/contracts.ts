import { z } from "zod";
import { createContract, listContracts, withTenant } from "@jeugdregie/db";
import { FINANCING_FORMS, PROVIDER_ROLES } from "@jeugdregie/domain";
import { forbidden } from "../../errors.ts";
import { authedProcedure, regionAdminProcedure } from "../../trpc.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Vul een datum in als 2026-01-31." });

export const createContractInput = z.object({
  providerId: z.uuid({ message: "Kies een aanbieder." }),
  segmentId: z.uuid({ message: "Kies een segment." }),
  providerRole: z.enum(PROVIDER_ROLES, { message: "Kies de rol van de aanbieder." }),
  financingForm: z.enum(FINANCING_FORMS, { message: "Kies een financieringsvorm." }),
  startsOn: isoDate,
  endsOn: isoDate,
  revisionClause: z.string().trim().max(2000).default(""),
  guaranteeAmountCents: z.number().int().nullable().default(null),
  products: z
    .array(
      z.object({
        productCode: z.string().trim().toUpperCase(),
        productCategory: z.string().trim(),
        unit: z.string().trim(),
        tariffCents: z.number({ message: "Vul een tarief in." }).int(),
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

/** Region roles see their region's contracts; a provider user sees its own in every region. */
export const listContractsProcedure = authedProcedure
  .input(z.object({ regionId: z.uuid().optional() }).optional())
  .query(({ ctx, input }) => {
    const { scope } = ctx.viewer;
    if (!["region_admin", "placement_coordinator", "provider_user"].includes(scope.role)) throw forbidden();
    return withTenant(ctx.deps.db, scope, (tx) => listContracts(tx, scope, { regionId: input?.regionId }));
  });
