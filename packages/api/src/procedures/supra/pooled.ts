import { listPooledLocations } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { supraProcedure } from "../../trpc.ts";

/** The pool: locations of pooled care types in all member regions, with live availability. */
export const pooled = supraProcedure.input(pageInput).query(({ ctx, input }) => listPooledLocations(ctx.tx, input ?? {}));
