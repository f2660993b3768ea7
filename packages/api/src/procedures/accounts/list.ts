import { z } from "zod";
import { listAccounts } from "@jeugdregie/db";
import { pageShape } from "../../input.ts";
import { platformAdminProcedure } from "../../trpc.ts";

/** The platform admin's accounts page: find an account by name or address. */
export const list = platformAdminProcedure
  .input(z.object({ ...pageShape, query: z.string().trim().max(120) }))
  .query(({ ctx, input }) => listAccounts(ctx.tx, input.query, input));
