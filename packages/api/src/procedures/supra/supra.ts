import { z } from "zod";
import { decideJustification, listPooledLocations, supraOutOfRegion, withTenant } from "@jeugdregie/db";
import { supraProcedure } from "../../trpc.ts";

/** Out-of-region offers and placements of member regions with their justifications (no identities). */
export const outOfRegion = supraProcedure.query(({ ctx }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => supraOutOfRegion(tx)));

/** The pool: locations of pooled care types in all member regions, with live availability. */
export const pooled = supraProcedure.query(({ ctx }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => listPooledLocations(tx)));

export const decideAsSupra = supraProcedure
  .input(
    z.object({
      regionId: z.uuid(),
      justificationId: z.uuid(),
      approve: z.boolean(),
      note: z.string().trim().max(2000).nullable().default(null),
    }),
  )
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      decideJustification(tx, ctx.viewer.scope, input.regionId, input.justificationId, input),
    ),
  );
