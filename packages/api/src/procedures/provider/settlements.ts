import { providerSettlements } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { providerFiguresProcedure } from "./_shared.ts";

/** The yearly guarantee settlements that concern the provider (read-only), newest year first: a page. */
export const settlements = providerFiguresProcedure
  .input(pageInput)
  .query(({ ctx, input }) => providerSettlements(ctx.tx, ctx.providerId, input ?? {}));
