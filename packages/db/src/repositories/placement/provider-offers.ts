import { sql } from "kysely";
import type { DeclineReason, TenantScope } from "@jeugdregie/domain";
import { keysetPage, pageWindow, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";

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
export async function providerOffers(tx: Tx, page: PageRequest): Promise<Page<AnonymisedOffer>> {
  // The function reads only this page (it is not inlined, so the cursor goes in as arguments).
  const { after, fetch } = pageWindow(page, 2);
  const query = tx
    .selectFrom(
      sql<
        Record<string, unknown>
      >`app.provider_offers(cast(${after?.[0] ?? null} as timestamptz), cast(${after?.[1] ?? null} as uuid), cast(${fetch} as int))`.as(
        "f",
      ),
    )
    .selectAll();
  const { items: rows, nextCursor } = await keysetPage(
    query,
    [
      { expr: sql`f.sent_at`, type: "timestamptz" },
      { expr: sql`f.offer_id`, type: "uuid" },
    ],
    "desc",
    page,
  );
  const items = rows.map((r: Record<string, unknown>) => ({
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
  return { items, nextCursor };
}

/**
 * Accept or decline (with a coded reason) through the database's narrow function: it checks the
 * offer is this provider's and open, changes only the answer's columns and moves the request on.
 */
export async function answerOffer(
  tx: Tx,
  scope: TenantScope,
  offerId: string,
  answer: { accept: true } | { accept: false; reason: DeclineReason; text: string | null },
) {
  const reason = answer.accept ? null : answer.reason;
  const text = answer.accept ? null : answer.text;
  const { rows } = await sql<{ offer_region: string; request: string; request_status: string }>`
    select * from app.answer_offer(${offerId}, ${answer.accept}, ${reason}, ${text})`
    .execute(tx)
    .catch((error: unknown) => {
      throw mapConstraintError(error, {
        P0002: {
          nl: "Deze voorlegging bestaat niet (of is niet aan jouw organisatie gedaan).",
          en: "This offer does not exist (or was not made to your organisation).",
          code: "NOT_FOUND",
        },
        "55000": {
          nl: "Deze voorlegging staat niet meer open (beantwoord of verlopen).",
          en: "This offer is no longer open (answered or expired).",
          code: "ILLEGAL_TRANSITION",
        },
        "22023": {
          nl: "Kies een reden van afwijzing en licht 'anders' toe.",
          en: "Choose a reason for declining and explain 'other'.",
          code: "BAD_INPUT",
        },
      });
    });
  const answered = rows[0]!;
  await writeAudit(tx, scope, {
    action: "update",
    entity: "offer",
    entityId: offerId,
    regionId: answered.offer_region,
    organisation: scope.providerId,
    details: {
      request: answered.request,
      outcome: answer.accept ? { status: "accepted" } : { status: "declined", reason, text },
    },
  });
  return { requestStatus: answered.request_status, regionId: answered.offer_region, requestId: answered.request };
}
