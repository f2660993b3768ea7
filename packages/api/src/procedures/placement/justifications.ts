import { getFramework, justificationsFor, requireRequest } from "@jeugdregie/db";
import { coordinatorProcedure } from "../../trpc.ts";
import { requestRef } from "./_shared.ts";

/** The framework and this request's justifications, for the matching screen. */
export const justifications = coordinatorProcedure.input(requestRef).query(async ({ ctx, input }) => {
  const { tx, regionId } = ctx;
  await requireRequest(tx, regionId, input.requestId);
  return {
    framework: await getFramework(tx, regionId),
    justifications: await justificationsFor(tx, regionId, input.requestId),
  };
});
