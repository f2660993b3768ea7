import { sql } from "kysely";
import { rankCandidates, ageOn } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";

/**
 * Writes what was needed against what was offered and placed for one request: the raw material
 * for the region's need analysis (not only what it bought). Called at placement start and end.
 */
export async function recordNeed(
  tx: Tx,
  regionId: string,
  requestId: string,
  observed: { schoolKept?: boolean | null; siblingsTogether?: boolean | null } = {},
) {
  const r = await tx
    .selectFrom("placement_requests as r")
    .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
    .innerJoin("reference_municipalities as m", "m.code", "c.home_municipality_code")
    .select([
      "r.care_type",
      "r.expertise_tags",
      "r.intensity_band",
      "r.urgency",
      "r.submitted_at",
      "c.birth_date",
      "c.home_municipality_code",
      "m.province",
    ])
    .where("r.region_id", "=", regionId)
    .where("r.id", "=", requestId)
    .executeTakeFirstOrThrow();
  const offers = await tx
    .selectFrom("offers")
    .select(["status", "decline_reason"])
    .where("region_id", "=", regionId)
    .where("request_id", "=", requestId)
    .execute();
  const placement = await tx
    .selectFrom("placements as p")
    .innerJoin("locations as l", (j) => j.onRef("l.region_id", "=", "p.location_region_id").onRef("l.id", "=", "p.location_id"))
    .innerJoin("reference_municipalities as lm", "lm.code", "l.municipality_code")
    .select([
      "p.location_id",
      "p.provider_id",
      "p.starts_on",
      "p.end_destination",
      "l.region_id as location_region",
      "l.care_types",
      "l.expertise_tags",
      "l.age_min",
      "l.age_max",
      "l.intensity_band",
      "l.municipality_code",
      "lm.province",
      "l.capacity",
    ])
    .where("p.region_id", "=", regionId)
    .where("p.request_id", "=", requestId)
    .orderBy("p.created_at", "desc")
    .executeTakeFirst();

  let fit: number | null = null;
  let distanceTier: number | null = null;
  let dailyCost: number | null = null;
  if (placement) {
    const ranked = rankCandidates(
      {
        careType: r.care_type,
        expertiseTags: r.expertise_tags,
        intensityBand: r.intensity_band,
        ageYears: ageOn(r.birth_date, placement.starts_on),
        homeRegionId: regionId,
        homeMunicipalityCode: r.home_municipality_code,
        homeProvince: r.province,
      },
      [
        {
          locationId: placement.location_id,
          regionId: placement.location_region,
          municipalityCode: placement.municipality_code,
          province: placement.province,
          careTypes: placement.care_types,
          expertiseTags: placement.expertise_tags,
          ageMin: placement.age_min,
          ageMax: placement.age_max,
          intensityBand: placement.intensity_band,
          capacity: 1,
          occupied: 0,
          reserved: 0,
          stale: false,
        },
      ],
    );
    fit = ranked.matches[0]?.fit ?? 0;
    distanceTier = ranked.matches[0]?.distanceTier ?? null;
    const tariff = await sql<{ tariff_cents: number }>`
      select tariff_cents from contract_products
      where region_id = ${regionId} and provider_id = ${placement.provider_id} and unit = '14' and ${placement.starts_on}::date between starts_on and ends_on
      order by (intensity_band is not distinct from ${placement.intensity_band}) desc, tariff_cents limit 1`.execute(tx);
    dailyCost = tariff.rows[0]?.tariff_cents ?? null;
  }
  const values = {
    needed_care_type: r.care_type,
    needed_expertise: r.expertise_tags,
    needed_intensity: r.intensity_band,
    urgency: r.urgency,
    offers_made: offers.length,
    declines: JSON.stringify(offers.filter((o) => o.status === "declined").map((o) => o.decline_reason)),
    waited_days:
      placement && r.submitted_at
        ? Math.max(0, Math.round((Date.parse(placement.starts_on) - r.submitted_at.getTime()) / 86_400_000))
        : null,
    placed_care_types: placement?.care_types ?? null,
    placed_location_id: placement?.location_id ?? null,
    placed_provider_id: placement?.provider_id ?? null,
    fit_score: fit,
    in_region: placement ? placement.location_region === regionId : null,
    distance_tier: distanceTier,
    daily_cost_cents: dailyCost,
    end_destination: placement?.end_destination ?? null,
    updated_at: new Date(),
    ...(observed.schoolKept !== undefined && { school_kept: observed.schoolKept }),
    ...(observed.siblingsTogether !== undefined && { siblings_together: observed.siblingsTogether }),
  };
  await tx
    .insertInto("need_records")
    .values({ region_id: regionId, request_id: requestId, ...values })
    .onConflict((oc) => oc.columns(["region_id", "request_id"]).doUpdateSet(values))
    .execute();
}
