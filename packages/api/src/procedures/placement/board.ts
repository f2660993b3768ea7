import { boardFigures, boardPlacements, unreadNotifications, waitingByCareType } from "@jeugdregie/db";
import { pageInput } from "../../input.ts";
import { coordinatorProcedure } from "../../trpc.ts";

/** The region's board: one page of placements (at risk first, newest first), the counts and the region's picture. */
export const board = coordinatorProcedure.input(pageInput).query(async ({ ctx, input }) => {
  const { tx, regionId } = ctx;
  const page = await boardPlacements(tx, regionId, input ?? {});
  const { outOfRegionByMonth, ...counts } = await boardFigures(tx, regionId);
  return {
    ...page,
    ...counts,
    waitingByCareType: await waitingByCareType(tx, regionId),
    notifications: await unreadNotifications(tx, regionId),
    outOfRegionByMonth,
  };
});
