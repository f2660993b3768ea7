import { z } from "zod";
import { registerProvider } from "@jeugdregie/db";
import { isValidAgb, isValidKvk } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../../trpc.ts";

export const registerProviderInput = z.object({
  name: z.string().trim().min(2, { message: "Vul de naam van de aanbieder in." }).max(200),
  kvk: z.string().trim().refine(isValidKvk, { message: "Een KvK-nummer bestaat uit precies 8 cijfers." }),
  agb: z
    .string()
    .trim()
    .transform((v) => v || null)
    .refine((v) => v === null || isValidAgb(v), { message: "Een AGB-code bestaat uit precies 8 cijfers." }),
});

export const register = regionAdminProcedure
  .input(registerProviderInput)
  .mutation(({ ctx, input }) => registerProvider(ctx.tx, ctx.viewer.scope, ctx.regionId, input));
