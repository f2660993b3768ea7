import { municipalityChoices } from "@jeugdregie/db";
import { regionAdminProcedure } from "../../../trpc.ts";

export const list = regionAdminProcedure.query(({ ctx }) => municipalityChoices(ctx.tx, ctx.regionId));
