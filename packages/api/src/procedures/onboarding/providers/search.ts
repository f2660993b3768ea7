import { z } from "zod";
import { searchProviderRegistry } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const search = regionAdminProcedure
  .input(z.object({ query: z.string().trim().max(120) }))
  .query(({ ctx, input }) => searchProviderRegistry(ctx.tx, input.query));
