import { providerOffers } from "@jeugdregie/db";
import { providerProcedure } from "../../trpc.ts";
import { pageInput } from "../../input.ts";

/** Offers to this provider in every region, anonymised by the database: no name, no BSN, no address. */
export const inbox = providerProcedure.input(pageInput).query(({ ctx, input }) => providerOffers(ctx.tx, input ?? {}));
