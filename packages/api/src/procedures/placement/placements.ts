import { z } from "zod";
import {
  applyRequestEvent,
  boardCounts,
  boardPlacements,
  endPlacement,
  getPlacementPointSettings,
  markNotificationRead,
  outOfRegionRate,
  recordFollowUpDecision,
  recordNeed,
  signalPlacementAtRisk,
  startPlacement,
  unreadNotifications,
  waitingByCareType,
  withTenant,
} from "@jeugdregie/db";
import { rematchWaitingJob, rematchWaitingJobOptions } from "@jeugdregie/jobs";
import { AT_RISK_NOTE_MIN_LENGTH, END_DESTINATIONS, OFFER_NOTE_MAX_LENGTH, crisisDates } from "@jeugdregie/domain";
import { coordinatorProcedure } from "../../trpc.ts";
import { nudgeWorker } from "../../nudge.ts";
import { isoDate, orderedPeriod, pageInput } from "../../input.ts";

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
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
      const open = await tx
        .selectFrom("offers")
        .select("id")
        .where("region_id", "=", ctx.regionId)
        .where("request_id", "=", input.requestId)
        .where("status", "=", "accepted")
        .executeTakeFirst();
      await applyRequestEvent(tx, ctx.viewer.scope, ctx.regionId, input.requestId, { type: "place", hasAcceptedOffer: Boolean(open) });
      const request = await tx
        .selectFrom("placement_requests")
        .select("urgency")
        .where("region_id", "=", ctx.regionId)
        .where("id", "=", input.requestId)
        .executeTakeFirstOrThrow();
      const settings = await getPlacementPointSettings(tx, ctx.regionId);
      const crisisCap =
        request.urgency === "crisis"
          ? crisisDates(new Date(`${input.startsOn}T00:00:00Z`), settings.crisisCapDays)
              .capEndsAt.toISOString()
              .slice(0, 10)
          : null;
      const placement = await startPlacement(tx, ctx.viewer.scope, ctx.regionId, input.requestId, {
        startsOn: input.startsOn,
        plannedEndOn: input.plannedEndOn,
        crisisCapEndsOn: crisisCap,
      });
      await recordNeed(tx, ctx.regionId, input.requestId, { schoolKept: input.schoolKept, siblingsTogether: input.siblingsTogether });
      return placement;
    }),
  );

/** Ending records where the child went; "another placement" counts as a re-placement (doorplaatsing). */
export const endPlacementProcedure = coordinatorProcedure
  .input(
    z.object({
      requestId: z.uuid({ message: "Onbekende aanmelding." }),
      endedOn: isoDate("2027-06-30"),
      destination: z.enum(END_DESTINATIONS, { message: "Kies waar het kind naartoe gaat." }),
      note: z
        .string({ message: "Vul de toelichting in als tekst." })
        .trim()
        .max(2000, { message: "De toelichting is hoogstens 2000 tekens." })
        .nullable()
        .default(null),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const ended = await withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
      await applyRequestEvent(tx, ctx.viewer.scope, ctx.regionId, input.requestId, { type: "end" });
      const result = await endPlacement(tx, ctx.viewer.scope, ctx.regionId, input.requestId, {
        endedOn: input.endedOn,
        destination: input.destination,
        note: input.note,
      });
      await recordNeed(tx, ctx.regionId, input.requestId);
      return result;
    });
    // The place is free again: look for children waiting for it.
    await nudgeWorker(ctx, rematchWaitingJob, { regionId: ctx.regionId }, rematchWaitingJobOptions(ctx.regionId));
    return ended;
  });

/** The coordinator's board: running placements, early signals, crisis caps, re-placements. */
/** The region's board: one page of placements (at risk first, newest first), the counts and the region's picture. */
export const board = coordinatorProcedure.input(pageInput).query(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    const page = await boardPlacements(tx, ctx.regionId, input ?? {});
    return {
      ...page,
      ...(await boardCounts(tx, ctx.regionId)),
      waitingByCareType: await waitingByCareType(tx, ctx.regionId),
      notifications: await unreadNotifications(tx, ctx.regionId),
      outOfRegionByMonth: await outOfRegionRate(tx, ctx.regionId),
    };
  }),
);

export const readNotification = coordinatorProcedure
  .input(z.object({ notificationId: z.uuid({ message: "Onbekende melding." }) }))
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => markNotificationRead(tx, ctx.regionId, input.notificationId)),
  );

export const followUp = coordinatorProcedure
  .input(
    z.object({
      requestId: z.uuid({ message: "Onbekende aanmelding." }),
      decision: z
        .string({ message: "Beschrijf het vervolgbesluit." })
        .trim()
        .min(5, { message: "Beschrijf het vervolgbesluit." })
        .max(2000, { message: "Het vervolgbesluit is hoogstens 2000 tekens." }),
    }),
  )
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      recordFollowUpDecision(tx, ctx.viewer.scope, ctx.regionId, input.requestId, input.decision),
    ),
  );

/** The coordinator's own early signal that a running placement is at risk. */
export const coordinatorSignalRisk = coordinatorProcedure
  .input(
    z.object({
      requestId: z.uuid({ message: "Onbekende aanmelding." }),
      note: z
        .string({ message: "Beschrijf kort wat er speelt." })
        .trim()
        .min(AT_RISK_NOTE_MIN_LENGTH, { message: "Beschrijf kort wat er speelt." })
        .max(OFFER_NOTE_MAX_LENGTH, { message: `Het signaal is hoogstens ${OFFER_NOTE_MAX_LENGTH} tekens.` }),
    }),
  )
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      signalPlacementAtRisk(tx, ctx.viewer.scope, ctx.regionId, input.requestId, input.note),
    ),
  );
