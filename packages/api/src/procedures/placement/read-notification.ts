import { z } from "zod";
import { markNotificationRead } from "@jeugdregie/db";
import { coordinatorProcedure } from "../../trpc.ts";

export const readNotification = coordinatorProcedure
  .input(z.object({ notificationId: z.uuid({ message: "Onbekende melding." }) }))
  .mutation(({ ctx, input }) => markNotificationRead(ctx.tx, ctx.regionId, input.notificationId));
