import { providerCapacity } from "@jeugdregie/db";
import { providerProcedure } from "../../trpc.ts";

/** The provider's places per location, live: occupied, reserved, free, last confirmed, planned ends. */
export const capacity = providerProcedure.query(({ ctx }) => providerCapacity(ctx.tx, ctx.providerId));
