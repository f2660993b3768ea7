import { z } from "zod";
import {
  acceptedOfferOf,
  applyRequestEvent,
  getPlacementPointSettings,
  recordNeed,
  requestCareTypeAndUrgency,
  startPlacement,
} from "@jeugdregie/db";
import { crisisDates } from "@jeugdregie/domain";
import { isoDate, orderedPeriod } from "../../input.ts";
import { coordinatorProcedure } from "../../trpc.ts";

/** An accepted offer becomes a placement: the place is occupied; crisis placements get their cap. */
export const place = coordinatorProcedure
  .input(
    z
      .object({
        requestId: z.uuid({ message: "Onbekende aanmelding." }),
        startsOn: isoDate("2026-12-01"),
        plannedEndOn: isoDate("2027-06-30").nullable().default(null),
        schoolKept: z.boolean({ message: "Geef aan of de school behouden bleef." }).nullable().default(null),
        siblingsTogether: z.boolean({ message: "Geef aan of broers en zussen samen geplaatst zijn." }).nullable().default(null),
      })
      .refine(...orderedPeriod("startsOn", "plannedEndOn", "De geplande einddatum ligt voor de startdatum.")),
  )
  .mutation(async ({ ctx, input }) => {
    const { tx, regionId } = ctx;
    const accepted = await acceptedOfferOf(tx, regionId, input.requestId);
    await applyRequestEvent(tx, ctx.viewer.scope, regionId, input.requestId, { type: "place", hasAcceptedOffer: Boolean(accepted) });
    const request = await requestCareTypeAndUrgency(tx, regionId, input.requestId);
    const settings = await getPlacementPointSettings(tx, regionId);
    const crisisCap =
      request.urgency === "crisis"
        ? crisisDates(new Date(`${input.startsOn}T00:00:00Z`), settings.crisisCapDays)
            .capEndsAt.toISOString()
            .slice(0, 10)
        : null;
    const placement = await startPlacement(tx, ctx.viewer.scope, regionId, input.requestId, {
      startsOn: input.startsOn,
      plannedEndOn: input.plannedEndOn,
      crisisCapEndsOn: crisisCap,
    });
    await recordNeed(tx, regionId, input.requestId, { schoolKept: input.schoolKept, siblingsTogether: input.siblingsTogether });
    return placement;
  });
