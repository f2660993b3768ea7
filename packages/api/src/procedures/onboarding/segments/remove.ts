import { z } from "zod";
import { deleteSegment } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../../trpc.ts";

export const remove = regionAdminProcedure.input(z.object({ segmentId: z.uuid() })).mutation(async ({ ctx, input }) => {
  if (!(await deleteSegment(ctx.tx, ctx.viewer.scope, ctx.regionId, input.segmentId)))
    throw new AppError("NOT_FOUND", { nl: "Dit segment bestaat niet in deze regio.", en: "This segment does not exist in this region." });
  return true;
});
