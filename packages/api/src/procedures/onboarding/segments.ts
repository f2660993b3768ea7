import { z } from "zod";
import { createSegment, deleteSegment, listSegments, withTenant } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
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

export const deleteSegmentProcedure = regionAdminProcedure.input(z.object({ segmentId: z.uuid() })).mutation(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    if (!(await deleteSegment(tx, ctx.viewer.scope, ctx.regionId, input.segmentId)))
      throw new AppError("NOT_FOUND", { nl: "Dit segment bestaat niet in deze regio.", en: "This segment does not exist in this region." });
    return true;
  }),
);
