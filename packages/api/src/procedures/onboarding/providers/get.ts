import { z } from "zod";
import { registryProvider } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../../trpc.ts";

export const get = regionAdminProcedure.input(z.object({ providerId: z.uuid() })).query(async ({ ctx, input }) => {
  const provider = await registryProvider(ctx.tx, input.providerId);
  if (!provider)
    throw new AppError("NOT_FOUND", { nl: "Deze aanbieder staat niet in het register.", en: "This provider is not in the registry." });
  return provider;
});
