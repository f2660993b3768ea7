import { z } from "zod";
import {
  createJustification,
  decideJustification,
  getFramework,
  justificationsFor,
  matchRequest,
  requireRequest,
  withTenant,
} from "@jeugdregie/db";
import { inRegionSummary } from "@jeugdregie/domain";
import { coordinatorProcedure } from "../../trpc.ts";

/** The framework and this request's justifications, for the matching screen. */
export const justifications = coordinatorProcedure.input(z.object({ requestId: z.uuid() })).query(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    await requireRequest(tx, ctx.regionId, input.requestId);
    return {
      framework: await getFramework(tx, ctx.regionId),
      justifications: await justificationsFor(tx, ctx.regionId, input.requestId),
    };
  }),
);

/** Writes an out-of-region justification; why the in-region places were not taken comes from matching itself. */
export const justify = coordinatorProcedure
  .input(
    z.object({
      requestId: z.uuid(),
      locationId: z.uuid({ message: "Kies de locatie buiten de regio." }),
      criteria: z.array(z.string().max(60)).max(10),
      evidence: z.record(z.string(), z.string().max(4000)),
      note: z.string().trim().max(2000).default(""),
    }),
  )
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
      const { need, candidates, matches, excluded } = await matchRequest(tx, ctx.regionId, input.requestId);
      const inRegion = (id: string) => candidates.find((c) => c.locationId === id)?.regionId === ctx.regionId;
      const summary = inRegionSummary(
        excluded.filter((e) => inRegion(e.locationId)),
        matches.filter((m) => m.inRegion).length,
        need.careType,
      );
      return createJustification(tx, ctx.viewer.scope, ctx.regionId, {
        requestId: input.requestId,
        locationId: input.locationId,
        criteria: input.criteria,
        evidence: input.evidence,
        inRegionReasons: input.note ? `${summary} Toelichting: ${input.note}` : summary,
      });
    }),
  );

export const decide = coordinatorProcedure
  .input(z.object({ justificationId: z.uuid(), approve: z.boolean(), note: z.string().trim().max(2000).nullable().default(null) }))
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      decideJustification(tx, ctx.viewer.scope, ctx.regionId, input.justificationId, input),
    ),
  );
