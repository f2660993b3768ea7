import { z } from "zod";
import * as db from "@jeugdregie/db";
import { coordinatorProcedure } from "../../trpc.ts";

/** Approves or rejects an out-of-region justification in the active region, as the framework says who may. */
export const decideJustification = coordinatorProcedure
  .input(
    z.object({
      justificationId: z.uuid({ message: "Onbekende afweging." }),
      approve: z.boolean({ message: "Kies goedkeuren of afwijzen." }),
      note: z
        .string({ message: "Vul de toelichting in als tekst." })
        .trim()
        .max(2000, { message: "De toelichting is hoogstens 2000 tekens." })
        .nullable()
        .default(null),
    }),
  )
  .mutation(({ ctx, input }) => db.decideJustification(ctx.tx, ctx.viewer.scope, ctx.regionId, input.justificationId, input));
