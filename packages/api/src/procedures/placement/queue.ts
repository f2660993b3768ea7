import { z } from "zod";
import { listRequests } from "@jeugdregie/db";
import { REQUEST_STATUSES } from "@jeugdregie/domain";
import { pageShape } from "../../input.ts";
import { coordinatorProcedure } from "../../trpc.ts";

/** One page of the coordinator's queue: active work unless other statuses are asked (the history), crisis first, longest waiting first. */
export const queue = coordinatorProcedure
  .input(
    z
      .object({
        ...pageShape,
        statuses: z
          .array(z.enum(REQUEST_STATUSES, { message: "Onbekende status." }))
          .max(REQUEST_STATUSES.length)
          .optional(),
      })
      .optional(),
  )
  .query(({ ctx, input }) => listRequests(ctx.tx, ctx.viewer.scope, ctx.regionId, input ?? {}));
