import { providerCapacity } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { providerProcedure } from "../../trpc.ts";

/** The provider's places per location, live: occupied, reserved, free, last confirmed, planned ends; a page by region and name. */
export const capacity = providerProcedure.input(pageInput).query(({ ctx, input }) => providerCapacity(ctx.tx, ctx.providerId, input ?? {}));
