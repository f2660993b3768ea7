import { negotiationOptions } from "@jeugdregie/db";
import { negotiationProcedure } from "./_shared.ts";

/** What the opening form offers: per supra group, its pooled care types and its other member regions. */
export const options = negotiationProcedure.query(({ ctx }) => negotiationOptions(ctx.tx, ctx.viewer.scope));
