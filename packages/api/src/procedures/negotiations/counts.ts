import { negotiationCounts } from "@jeugdregie/db";
import { negotiationProcedure } from "./_shared.ts";

/** How many of the caller's negotiations are open, and how many wait for the caller's answer (the work list's figures). */
export const counts = negotiationProcedure.query(({ ctx }) => negotiationCounts(ctx.tx, ctx.viewer.scope));
