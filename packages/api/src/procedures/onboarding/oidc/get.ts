import { getOidcSettings } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const get = regionAdminProcedure.query(({ ctx }) => getOidcSettings(ctx.tx, ctx.regionId));
