import { z } from "zod";
import { applyRequestEvent } from "@jeugdregie/db";
import { coordinatorProcedure } from "../../trpc.ts";
import { requestRef } from "./_shared.ts";

/** No place now: the child waits, with the help that bridges the time recorded. */
export const wait = coordinatorProcedure
  .input(
    requestRef.extend({
      interimHelp: z
        .string({ message: "Beschrijf de overbruggingshulp." })
        .trim()
        .max(2000, { message: "De overbruggingshulp is hoogstens 2000 tekens." }),
    }),
  )
  .mutation(({ ctx, input }) =>
    applyRequestEvent(
      ctx.tx,
      ctx.viewer.scope,
      ctx.regionId,
      input.requestId,
      { type: "wait", interimHelp: input.interimHelp },
      { interimHelp: input.interimHelp, waitingSince: new Date() },
    ),
  );
