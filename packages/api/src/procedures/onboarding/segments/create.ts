import { z } from "zod";
import { createSegment } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const createSegmentInput = z.object({
  name: z.string().trim().min(1, { message: "Vul een naam in voor het segment." }).max(120),
  description: z.string().trim().max(1000).default(""),
});

export const create = regionAdminProcedure
  .input(createSegmentInput)
  .mutation(({ ctx, input }) => createSegment(ctx.tx, ctx.viewer.scope, ctx.regionId, input));
