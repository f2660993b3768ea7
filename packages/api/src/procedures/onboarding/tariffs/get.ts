import { intensityTariffs } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const get = regionAdminProcedure.query(({ ctx }) => intensityTariffs(ctx.tx, ctx.regionId));
