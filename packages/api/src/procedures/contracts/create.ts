import { z } from "zod";
import { createContract } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";
import { orderedPeriod } from "../../input.ts";
import { contractTermsShape } from "./_shared.ts";

export const createContractInput = z
  .object({ providerId: z.uuid({ message: "Kies een aanbieder." }), ...contractTermsShape })
  .refine(...orderedPeriod("startsOn", "endsOn"));

export const create = regionAdminProcedure
  .input(createContractInput)
  .mutation(({ ctx, input }) => createContract(ctx.tx, ctx.viewer.scope, ctx.regionId, input));
