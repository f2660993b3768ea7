import { z } from "zod";
import { decideJustification } from "@jeugdregie/db";
import { supraProcedure } from "../../trpc.ts";

/** The supra coordinator approves or rejects a member region's justification for care out of region. */
export const decide = supraProcedure
  .input(
    z.object({
      regionId: z.uuid(),
      justificationId: z.uuid(),
      approve: z.boolean(),
      note: z.string().trim().max(2000).nullable().default(null),
    }),
  )
  .mutation(({ ctx, input }) => decideJustification(ctx.tx, ctx.viewer.scope, input.regionId, input.justificationId, input));
