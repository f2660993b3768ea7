import { listNegotiations } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { negotiationProcedure } from "./_shared.ts";

/** Negotiations the caller is a party to, a page newest first, with their steps and whose turn it is. */
export const list = negotiationProcedure
  .input(pageInput)
  .query(({ ctx, input }) => listNegotiations(ctx.tx, ctx.viewer.scope, input ?? {}));
