import { z } from "zod";
import { createSegment, deleteSegment, listSegments, withTenant } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../trpc.ts";

export const listSegmentsProcedure = regionAdminProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => listSegments(tx, ctx.regionId)),
);

export const createSegmentInput = z.object({
  name: z.string().trim().min(1, { message: "Vul een naam in voor het segment." }).max(120),
  description: z.string().trim().max(1000).default(""),
});

export const createSegmentProcedure = regionAdminProcedure
  .input(createSegmentInput)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => createSegment(tx, ctx.viewer.scope, ctx.regionId, input)),
  );

export const deleteSegmentProcedure = regionAdminProcedure
  .input(z.object({ segmentId: z.uuid() }))
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => deleteSegment(tx, ctx.viewer.scope, ctx.regionId, input.segmentId)),
  );
