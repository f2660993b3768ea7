import { supraOutOfRegion } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { supraProcedure } from "../../trpc.ts";

/** Out-of-region offers and placements of member regions with their justifications (no identities). */
export const outOfRegion = supraProcedure.input(pageInput).query(({ ctx, input }) => supraOutOfRegion(ctx.tx, input ?? {}));
