import { z } from "zod";
import {
  decideJustification,
  listAllocations,
  listPooledLocations,
  overAllocations,
  phaseOutOverview,
  saveAllocations,
  savePhaseOutPlan,
  supraOutOfRegion,
  withTenant,
} from "@jeugdregie/db";
import { supraProcedure } from "../../trpc.ts";
import { pageInput, placeCount } from "../../input.ts";

/** Out-of-region offers and placements of member regions with their justifications (no identities). */
export const outOfRegion = supraProcedure
  .input(pageInput)
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => supraOutOfRegion(tx, input ?? {})));

/** The pool: locations of pooled care types in all member regions, with live availability. */
export const pooled = supraProcedure
  .input(pageInput)
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => listPooledLocations(tx, input ?? {})));

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

export const allocations = supraProcedure.input(z.object({ year: z.number().int().min(2020).max(2100) })).query(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => ({
    pools: await listAllocations(tx, ctx.supraRegionId, input.year),
    overAllocations: await overAllocations(tx),
  })),
);

export const saveAllocationsProcedure = supraProcedure
  .input(
    z.object({
      careType: z.string().min(2).max(60),
      year: z.number().int().min(2020).max(2100),
      allocations: z.array(z.object({ regionId: z.uuid(), places: placeCount() })).max(100),
    }),
  )
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      saveAllocations(tx, ctx.viewer.scope, ctx.supraRegionId, input.careType, input.year, input.allocations),
    ),
  );

export const phaseOut = supraProcedure
  .input(z.object({ year: z.number().int().min(2020).max(2100) }))
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => phaseOutOverview(tx, ctx.supraRegionId, input.year)));

export const savePhaseOut = supraProcedure
  .input(
    z.object({
      providerId: z.uuid(),
      plan: z.array(z.object({ year: z.number().int().min(2020).max(2100), places: placeCount("Vul de geplande plekken in.") })).max(20),
      minViablePct: z
        .number()
        .int()
        .min(0, { message: "Een percentage ligt tussen 0 en 100." })
        .max(100, { message: "Een percentage ligt tussen 0 en 100." }),
    }),
  )
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      savePhaseOutPlan(tx, ctx.viewer.scope, ctx.supraRegionId, input.providerId, input.plan, input.minViablePct),
    ),
  );
