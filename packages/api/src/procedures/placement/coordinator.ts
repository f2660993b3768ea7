import { z } from "zod";
import {
  applyRequestEvent,
  createOffer,
  dossierAccessLog,
  getPlacementPointSettings,
  getRequestDetail,
  justificationsFor,
  listRequests,
  matchRequest,
  offerHistory,
  openOfferOf,
  presentDocumentKinds,
  regionAllocation,
  statusHistory,
  withTenant,
} from "@jeugdregie/db";
import {
  missingDocuments,
  offerDeadline,
  offerResponseHoursFor,
  overAllocation,
  overAllocationReason,
  REQUEST_STATUSES,
  summariseExclusions,
} from "@jeugdregie/domain";
import { offerExpiryJob, offerExpiryJobOptions } from "@jeugdregie/jobs";
import { coordinatorProcedure } from "../../trpc.ts";
import { nudgeWorker } from "../../nudge.ts";
import { pageShape } from "../../input.ts";

const requestRef = z.object({ requestId: z.uuid({ message: "Onbekende aanmelding." }) });

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
  .query(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => listRequests(tx, ctx.viewer.scope, ctx.regionId, input ?? {})),
  );

/** The full request for the coordinator: the child's name decrypted, the BSN masked; the read is audited. */
export const requestDetail = coordinatorProcedure.input(requestRef).query(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    const detail = await getRequestDetail(tx, ctx.viewer.scope, ctx.regionId, input.requestId);
    const { bsn_encrypted, name_encrypted, ...rest } = detail;
    const bsn = ctx.deps.crypto.decrypt(bsn_encrypted);
    return {
      ...rest,
      name: name_encrypted ? ctx.deps.crypto.decrypt(name_encrypted) : null,
      bsnMasked: `*****${bsn.slice(-4)}`,
      offers: await offerHistory(tx, ctx.regionId, input.requestId),
      placement:
        (await tx
          .selectFrom("placements")
          .selectAll()
          .where("region_id", "=", ctx.regionId)
          .where("request_id", "=", input.requestId)
          .orderBy("created_at", "desc")
          .executeTakeFirst()) ?? null,
      accessLog: await dossierAccessLog(tx, ctx.regionId, input.requestId),
      statusHistory: await statusHistory(tx, ctx.regionId, input.requestId),
    };
  }),
);

export const startTriage = coordinatorProcedure
  .input(requestRef)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      applyRequestEvent(tx, ctx.viewer.scope, ctx.regionId, input.requestId, { type: "startTriage" }),
    ),
  );

/** The region's document gate: matching starts only when the required documents are there (not for crisis). */
export const startMatching = coordinatorProcedure.input(requestRef).mutation(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    const settings = await getPlacementPointSettings(tx, ctx.regionId);
    const missing = missingDocuments(settings.requiredDocuments, await presentDocumentKinds(tx, ctx.regionId, input.requestId));
    return applyRequestEvent(tx, ctx.viewer.scope, ctx.regionId, input.requestId, { type: "startMatching", missingDocuments: missing });
  }),
);

/** Where could this child go: ranked free places with reasons, and why the others are not offered. */
export const proposals = coordinatorProcedure.input(requestRef).query(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    const { need, candidates, matches, excluded } = await matchRequest(tx, ctx.regionId, input.requestId);
    const byId = new Map(candidates.map((c) => [c.locationId, c]));
    const describe = (id: string) => {
      const c = byId.get(id)!;
      return {
        locationName: c.name,
        providerName: c.providerName,
        municipalityName: c.municipalityName,
        capacity: c.capacity,
        occupied: c.occupied,
        reserved: c.reserved,
      };
    };
    const allocation = await regionAllocation(tx, ctx.regionId, need.careType, new Date().getFullYear());
    // a place outside the region is offered only after its justification was approved
    const approved = new Set(
      (await justificationsFor(tx, ctx.regionId, input.requestId)).filter((j) => j.status === "approved").map((j) => j.location_id),
    );
    return {
      need,
      allocation: allocation && { ...allocation, nextOfferOver: overAllocation(allocation) },
      matches: matches.map((m) => ({ ...m, ...describe(m.locationId), needsJustification: !m.inRegion && !approved.has(m.locationId) })),
      excluded: excluded.map((e) => ({ ...e, ...describe(e.locationId) })),
      excludedSummary: summariseExclusions(excluded, need.careType),
    };
  }),
);

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
    const offer = await withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
      const open = await openOfferOf(tx, ctx.regionId, input.requestId);
      await applyRequestEvent(tx, ctx.viewer.scope, ctx.regionId, input.requestId, { type: "sendOffer", openOffers: open ? 1 : 0 });
      const settings = await getPlacementPointSettings(tx, ctx.regionId);
      // Pooled care: past the region's allocation only with a recorded reason (flagged to the supra coordinator).
      const request = await tx
        .selectFrom("placement_requests")
        .select(["care_type", "urgency"])
        .where("region_id", "=", ctx.regionId)
        .where("id", "=", input.requestId)
        .executeTakeFirstOrThrow();
      const over = overAllocation(await regionAllocation(tx, ctx.regionId, request.care_type, new Date().getFullYear()));
      const reason = overAllocationReason(over, input.overAllocationReason);
      return createOffer(
        tx,
        ctx.viewer.scope,
        ctx.regionId,
        input.requestId,
        input.locationId,
        // a crisis offer gets the region's crisis deadline in hours, not the regular days
        offerDeadline(new Date(), offerResponseHoursFor(settings, request.urgency)),
        reason,
      );
    });
    // The deadline is in the committed offer: the worker's sweep expires it even if this timer is
    // lost (Redis down now or later), so a failed enqueue does not fail the send.
    await nudgeWorker(
      ctx,
      offerExpiryJob,
      { regionId: ctx.regionId, offerId: offer.id },
      offerExpiryJobOptions(offer.id, offer.deadline_at),
    );
    return offer;
  });

export const putOnWaiting = coordinatorProcedure
  .input(
    requestRef.extend({
      interimHelp: z
        .string({ message: "Beschrijf de overbruggingshulp." })
        .trim()
        .max(2000, { message: "De overbruggingshulp is hoogstens 2000 tekens." }),
    }),
  )
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      applyRequestEvent(
        tx,
        ctx.viewer.scope,
        ctx.regionId,
        input.requestId,
        { type: "wait", interimHelp: input.interimHelp },
        { interimHelp: input.interimHelp, waitingSince: new Date() },
      ),
    ),
  );

export const resumeMatching = coordinatorProcedure
  .input(requestRef)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      applyRequestEvent(tx, ctx.viewer.scope, ctx.regionId, input.requestId, { type: "resumeMatching" }),
    ),
  );

export const withdrawRequest = coordinatorProcedure
  .input(requestRef)
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      applyRequestEvent(tx, ctx.viewer.scope, ctx.regionId, input.requestId, { type: "withdraw" }),
    ),
  );
