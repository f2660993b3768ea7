import { applyRequestEvent } from "@jeugdregie/db";
import { coordinatorProcedure } from "../../trpc.ts";
import { requestRef } from "./_shared.ts";

export const withdraw = coordinatorProcedure
  .input(requestRef)
  .mutation(({ ctx, input }) => applyRequestEvent(ctx.tx, ctx.viewer.scope, ctx.regionId, input.requestId, { type: "withdraw" }));
