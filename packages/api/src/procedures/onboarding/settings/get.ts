import { getPlacementPointSettings } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const get = regionAdminProcedure.query(({ ctx }) => getPlacementPointSettings(ctx.tx, ctx.regionId));
