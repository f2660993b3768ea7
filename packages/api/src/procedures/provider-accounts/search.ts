import { z } from "zod";
import { registryWithAdmins } from "@jeugdregie/db";
import { pageShape } from "../../input.ts";
import { platformAdminProcedure } from "../../trpc.ts";

/** The platform admin finds a provider in the national registry and sees whether it has an admin yet. */
export const search = platformAdminProcedure
  .input(z.object({ ...pageShape, query: z.string().trim().max(120) }))
  .query(({ ctx, input }) => registryWithAdmins(ctx.tx, input.query, input));
