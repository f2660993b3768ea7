import { z } from "zod";
import { correctProvider } from "@jeugdregie/db";
import { isValidAgb } from "@jeugdregie/domain";
import { platformAdminProcedure } from "../../trpc.ts";

export const correctProviderInput = z.object({
  providerId: z.uuid({ message: "Kies een aanbieder." }),
  name: z
    .string({ message: "Vul de naam van de aanbieder in." })
    .trim()
    .min(2, { message: "Vul de naam van de aanbieder in." })
    .max(200, { message: "Een naam heeft hoogstens 200 tekens." }),
  agb: z
    .string()
    .trim()
    .default("")
    .transform((v) => v || null)
    .refine((v) => v === null || isValidAgb(v), { message: "Een AGB-code bestaat uit precies 8 cijfers." }),
});

/**
 * The national registry is shared by every region: only the platform admin corrects a provider's
 * name or AGB code (the KvK number is its identity). Regions report mistakes to the platform admin.
 */
export const correct = platformAdminProcedure
  .input(correctProviderInput)
  .mutation(({ ctx, input }) => correctProvider(ctx.tx, ctx.viewer.scope, input.providerId, { name: input.name, agb: input.agb }));
