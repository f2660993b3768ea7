import { z } from "zod";
import {
  answerOffer,
  confirmCapacities,
  confirmCapacity,
  providerCapacity,
  providerOffers,
  providerSignalsAtRisk,
  withTenant,
  writeAudit,
} from "@jeugdregie/db";
import { rematchWaitingJob, rematchWaitingJobOptions } from "@jeugdregie/jobs";
import {
  AppError,
  AT_RISK_NOTE_MIN_LENGTH,
  DECLINE_OTHER_TEXT_MIN_LENGTH,
  DECLINE_REASONS,
  OFFER_NOTE_MAX_LENGTH,
} from "@jeugdregie/domain";
import { providerProcedure } from "../../trpc.ts";
import { nudgeWorker } from "../../nudge.ts";
import { pageInput } from "../../input.ts";

/** Offers to this provider in every region, anonymised by the database: no name, no BSN, no address. */
export const inbox = providerProcedure
  .input(pageInput)
  .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => providerOffers(tx, input ?? {})));

export const answer = providerProcedure
  .input(
    z
      .object({
        offerId: z.uuid(),
        accept: z.boolean(),
        reason: z.enum(DECLINE_REASONS, { message: "Kies een reden van afwijzing." }).optional(),
        text: z.string().trim().max(OFFER_NOTE_MAX_LENGTH).nullable().default(null),
      })
      .refine((a) => a.accept || a.reason, { message: "Kies een reden van afwijzing.", path: ["reason"] })
      .refine((a) => a.accept || a.reason !== "other" || (a.text ?? "").length >= DECLINE_OTHER_TEXT_MIN_LENGTH, {
        message: "Licht 'anders' toe.",
        path: ["text"],
      }),
  )
  .mutation(async ({ ctx, input }) => {
    const result = await withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      answerOffer(
        tx,
        ctx.viewer.scope,
        input.offerId,
        input.accept ? { accept: true } : { accept: false, reason: input.reason!, text: input.text },
      ),
    );
    // A declined offer frees the place it held: children waiting in that region may fit now.
    if (!input.accept) await nudgeWorker(ctx, rematchWaitingJob, { regionId: result.regionId }, rematchWaitingJobOptions(result.regionId));
    return result;
  });

/** After acceptance the provider opens the full dossier; the read is logged in the child's region. */
export const dossier = providerProcedure.input(z.object({ offerId: z.uuid() })).query(({ ctx, input }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, async (tx) => {
    const offer = await tx
      .selectFrom("offers")
      .select(["region_id", "request_id", "status"])
      .where("id", "=", input.offerId)
      .where("provider_id", "=", ctx.providerId)
      .executeTakeFirst();
    if (!offer || offer.status !== "accepted") {
      throw new AppError("FORBIDDEN", {
        nl: "Het dossier is pas in te zien nadat je de voorlegging hebt geaccepteerd.",
        en: "The case file opens only after you accepted the offer.",
      });
    }
    const child = await tx
      .selectFrom("placement_requests as r")
      .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
      .select([
        "c.pseudonym",
        "c.name_encrypted",
        "c.bsn_encrypted",
        "c.birth_date",
        "c.gender",
        "r.analysis_summary",
        "r.constraints",
        "r.school_name",
      ])
      .where("r.region_id", "=", offer.region_id)
      .where("r.id", "=", offer.request_id)
      .executeTakeFirstOrThrow();
    const documents = await tx
      .selectFrom("request_documents")
      .select(["id", "kind", "filename", "content_type", "size_bytes"])
      .where("region_id", "=", offer.region_id)
      .where("request_id", "=", offer.request_id)
      .execute();
    await writeAudit(tx, ctx.viewer.scope, {
      action: "read",
      entity: "placement_request",
      entityId: offer.request_id,
      regionId: offer.region_id,
      organisation: ctx.providerId,
      details: { via: "accepted offer" },
    });
    const { name_encrypted, bsn_encrypted, ...rest } = child;
    return {
      ...rest,
      name: name_encrypted ? ctx.deps.crypto.decrypt(name_encrypted) : null,
      bsn: ctx.deps.crypto.decrypt(bsn_encrypted),
      documents,
    };
  }),
);

export const signalRisk = providerProcedure
  .input(
    z.object({
      placementId: z.uuid(),
      note: z.string().trim().min(AT_RISK_NOTE_MIN_LENGTH, { message: "Beschrijf kort wat er speelt." }).max(OFFER_NOTE_MAX_LENGTH),
    }),
  )
  .mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => providerSignalsAtRisk(tx, ctx.viewer.scope, input.placementId, input.note)),
  );

/** The provider's places per location, live: occupied, reserved, free, last confirmed, planned ends. */
export const capacity = providerProcedure.query(({ ctx }) =>
  withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => providerCapacity(tx, ctx.providerId)),
);

/** Confirm or correct capacity (UI and the provider's own systems); fresh capacity re-matches waiting children. */
export const confirmCapacityProcedure = providerProcedure
  .input(
    z.object({
      locationId: z.uuid(),
      capacity: z
        .number({ message: "Vul het aantal plekken in." })
        .int()
        .min(0, { message: "Het aantal plekken kan niet negatief zijn." })
        .max(500),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const result = await withTenant(ctx.deps.db, ctx.viewer.scope, (tx) =>
      confirmCapacity(tx, ctx.viewer.scope, input.locationId, input.capacity),
    );
    if (result.increased)
      await nudgeWorker(ctx, rematchWaitingJob, { regionId: result.regionId }, rematchWaitingJobOptions(result.regionId));
    return { ok: true };
  });

/** Confirm or correct the capacity of all (or several) locations at once: all or nothing. */
export const confirmAllCapacityProcedure = providerProcedure
  .input(
    z.object({
      capacities: z
        .array(
          z.object({
            locationId: z.uuid({ message: "Kies een locatie." }),
            capacity: z
              .number({ message: "Vul bij elke locatie het aantal plekken in." })
              .int({ message: "Vul een heel aantal plekken in." })
              .min(0, { message: "Het aantal plekken kan niet negatief zijn." })
              .max(500, { message: "Een locatie heeft hoogstens 500 plekken." }),
          }),
        )
        .min(1, { message: "Er is geen locatie om te bevestigen." })
        .max(500, { message: "Hoogstens 500 locaties tegelijk." }),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const result = await withTenant(ctx.deps.db, ctx.viewer.scope, (tx) => confirmCapacities(tx, ctx.viewer.scope, input.capacities));
    for (const regionId of result.increasedRegionIds) await ctx.deps.jobs.enqueue(rematchWaitingJob, { regionId });
    return { confirmed: result.confirmed };
  });
