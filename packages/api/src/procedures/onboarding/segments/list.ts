import { listSegments } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const list = regionAdminProcedure.query(({ ctx }) => listSegments(ctx.tx, ctx.regionId));
