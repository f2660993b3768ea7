import { z } from "zod";
import { contractedProviders, registerProvider, searchProviderRegistry, withTenant } from "@jeugdregie/db";
import { AppError, isValidAgb, isValidKvk } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../trpc.ts";

export const searchProviders = regionAdminProcedure
  .input(z.object({ query: z.string().trim().max(120) }))
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => searchProviderRegistry(tx, input.query)));

export const registerProviderInput = z.object({
  name: z.string().trim().min(2, { message: "Vul de naam van de aanbieder in." }).max(200),
  kvk: z.string().trim().refine(isValidKvk, { message: "Een KvK-nummer bestaat uit precies 8 cijfers." }),
  agb: z
    .string()
    .trim()
    .transform((v) => v || null)
    .refine((v) => v === null || isValidAgb(v), { message: "Een AGB-code bestaat uit precies 8 cijfers." }),
});

export const registerProviderProcedure = regionAdminProcedure
  .input(registerProviderInput)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => registerProvider(tx, ctx.viewer.scope, ctx.regionId, input)),
  );

export const listContractedProviders = regionAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => contractedProviders(tx, ctx.regionId)),
);

export const getProvider = regionAdminProcedure.input(z.object({ providerId: z.uuid() })).query(async ({ ctx, input }) => {
  const provider = await withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
    tx.selectFrom("providers").select(["id", "name", "kvk", "agb"]).where("id", "=", input.providerId).executeTakeFirst(),
  );
  if (!provider)
    throw new AppError("NOT_FOUND", { nl: "Deze aanbieder staat niet in het register.", en: "This provider is not in the registry." });
  return provider;
});
