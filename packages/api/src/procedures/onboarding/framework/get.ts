import { getFramework } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const get = regionAdminProcedure.query(({ ctx }) => getFramework(ctx.tx, ctx.regionId));
