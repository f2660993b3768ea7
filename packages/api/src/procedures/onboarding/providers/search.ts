import { z } from "zod";
import { searchProviderRegistry } from "@jeugdregie/db";
import { pageShape } from "../../../input.ts";
import { regionAdminProcedure } from "../../../trpc.ts";

export const search = regionAdminProcedure
  .input(z.object({ ...pageShape, query: z.string().trim().max(120) }))
  .query(({ ctx, input }) => searchProviderRegistry(ctx.tx, input.query, input));
