import { z } from "zod";
import {
  applyRequestEvent,
  createOffer,
  getPlacementPointSettings,
  openOfferOf,
  regionAllocation,
  requestCareTypeAndUrgency,
} from "@jeugdregie/db";
import { offerDeadline, offerResponseHoursFor, overAllocation, overAllocationReason } from "@jeugdregie/domain";
import { offerExpiryJob, offerExpiryTimer } from "@jeugdregie/jobs";
import { nudgeWorker } from "../../nudge.ts";
import { coordinatorProcedure } from "../../trpc.ts";
import { requestRef } from "./_shared.ts";

/** One anonymised offer to one location, with a deadline that a delayed job enforces. */
export const sendOffer = coordinatorProcedure
  .input(
    requestRef.extend({
      locationId: z.uuid({ message: "Kies een locatie." }),
      overAllocationReason: z
        .string({ message: "Vul de reden van de overschrijding in als tekst." })
        .trim()
        .max(2000, { message: "De reden is hoogstens 2000 tekens." })
        .optional(),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const { tx, regionId } = ctx;
    const open = await openOfferOf(tx, regionId, input.requestId);
    await applyRequestEvent(tx, ctx.viewer.scope, regionId, input.requestId, { type: "sendOffer", openOffers: open ? 1 : 0 });
    const settings = await getPlacementPointSettings(tx, regionId);
    // Pooled care: past the region's allocation only with a recorded reason (flagged to the supra coordinator).
    const request = await requestCareTypeAndUrgency(tx, regionId, input.requestId);
    const over = overAllocation(await regionAllocation(tx, regionId, request.care_type, new Date().getFullYear()));
    const reason = overAllocationReason(over, input.overAllocationReason);
    const offer = await createOffer(
      tx,
      ctx.viewer.scope,
      regionId,
      input.requestId,
      input.locationId,
      // a crisis offer gets the region's crisis deadline in hours, not the regular days
      offerDeadline(new Date(), offerResponseHoursFor(settings, request.urgency)),
      reason,
    );
    // The deadline is in the committed offer: the worker's sweep expires it even if this timer is
    // lost (Redis down now or later), so a failed enqueue does not fail the send.
    const timer = offerExpiryTimer(offer.deadline_at);
    ctx.afterCommit(() => nudgeWorker(ctx, offerExpiryJob, timer.payload, timer.options));
    return offer;
  });
