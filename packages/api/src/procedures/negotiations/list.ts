import { listNegotiations } from "@jeugdregie/db";
import { negotiationProcedure } from "./_shared.ts";

/** Negotiations the caller is a party to, newest first, with their steps and whose turn it is. */
export const list = negotiationProcedure.query(({ ctx }) => listNegotiations(ctx.tx, ctx.viewer.scope));
