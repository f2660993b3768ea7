import { sql } from "kysely";
import { AppError, type DeclineReason, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { closeOffer } from "./offers.ts";

export interface AnonymisedOffer {
  offerId: string;
  regionId: string;
  regionName: string;
  status: string;
  sentAt: Date;
  deadlineAt: Date;
  locationId: string;
  locationName: string;
  urgency: string;
  careType: string;
  expertiseTags: string[];
  intensityBand: string | null;
  birthYear: number;
  gender: string;
  homeMunicipality: string;
  keepSchool: boolean;
  siblingsTogether: boolean;
  constraints: string;
  analysisSummary: string;
  declineReason: string | null;
  /** Set while the accepted offer has become a running placement. */
  placementId: string | null;
  placementAtRisk: boolean;
}

/** The provider's inbox over all its regions, built by the database from anonymised fields only. */
export async function providerOffers(tx: Tx): Promise<AnonymisedOffer[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from app.provider_offers() order by sent_at desc`.execute(tx);
  return rows.map((r) => ({
    offerId: r.offer_id as string,
    regionId: r.region_id as string,
    regionName: r.region_name as string,
    status: r.status as string,
    sentAt: r.sent_at as Date,
    deadlineAt: r.deadline_at as Date,
    locationId: r.location_id as string,
    locationName: r.location_name as string,
    urgency: r.urgency as string,
    careType: r.care_type as string,
    expertiseTags: r.expertise_tags as string[],
    intensityBand: r.intensity_band as string | null,
    birthYear: r.birth_year as number,
    gender: r.gender as string,
    homeMunicipality: r.home_municipality as string,
    keepSchool: r.keep_school as boolean,
    siblingsTogether: r.siblings_together as boolean,
    constraints: r.constraints as string,
    analysisSummary: r.analysis_summary as string,
    declineReason: r.decline_reason as string | null,
    placementId: r.placement_id as string | null,
    placementAtRisk: Boolean(r.placement_at_risk),
  }));
}

/** Accept or decline (with a coded reason); the request moves on through a narrow database function. */
export async function answerOffer(
  tx: Tx,
  scope: TenantScope,
  offerId: string,
  answer: { accept: true } | { accept: false; reason: DeclineReason; text: string | null },
) {
  const offer = await tx
    .selectFrom("offers")
    .select(["region_id", "status", "deadline_at"])
    .where("id", "=", offerId)
    .where("provider_id", "=", scope.providerId!)
    .executeTakeFirst();
  if (!offer)
    throw new AppError("NOT_FOUND", {
      nl: "Deze voorlegging bestaat niet (of is niet aan jouw organisatie gedaan).",
      en: "This offer does not exist (or was not made to your organisation).",
    });
  if (offer.status !== "open" || offer.deadline_at.getTime() <= Date.now()) {
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Deze voorlegging staat niet meer open (beantwoord of verlopen).",
      en: "This offer is no longer open (answered or expired).",
    });
  }
  const closed = await closeOffer(
    tx,
    scope,
    offer.region_id,
    offerId,
    answer.accept ? { status: "accepted" } : { status: "declined", reason: answer.reason, text: answer.text },
  );
  if (!closed)
    throw new AppError("ILLEGAL_TRANSITION", { nl: "Deze voorlegging is zojuist al beantwoord.", en: "This offer was just answered." });
  const { rows } = await sql<{ result: string }>`select app.apply_offer_response(${offerId}) as result`.execute(tx);
  return { requestStatus: rows[0]!.result, regionId: offer.region_id, requestId: closed };
}
