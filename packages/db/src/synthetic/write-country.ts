import { sql } from "kysely";
import {
  capacityBudget,
  locationExtras,
  phaseOutPlans,
  CARE_TYPES,
  DEFAULT_PLACEMENT_POINT_SETTINGS,
  G7_INTENSITY_TARIFFS,
  DEFAULT_FRAMEWORK,
  type SyntheticCountry,
} from "@jeugdregie/domain";
import type { Database } from "../client.ts";
import { loadReferenceMunicipalities } from "../seed/reference.ts";
import { arrayLiteral, bulkInsert } from "./bulk.ts";

/** One iJw product per care type (code, category, typical intensity band). */
const PRODUCTS: Record<string, { code: string; category: string; band: string }> = {
  jeugdzorgplus: { code: "47J01", category: "47", band: "Y" },
  driemilieus: { code: "43D01", category: "43", band: "W" },
  behandelgroep: { code: "43B01", category: "43", band: "S" },
  gezinshuis: { code: "44G01", category: "44", band: "M" },
  kleinschalige_woonvoorziening: { code: "44W01", category: "44", band: "O" },
  crisisplek: { code: "46C01", category: "46", band: "U" },
  deeltijdverblijf: { code: "43T01", category: "43", band: "Q" },
  intensief_ambulant: { code: "45A01", category: "45", band: "P" },
};

const SEGMENTS = [
  ["Specialistisch verblijf", "Behandelgroepen, driemilieus en JeugdzorgPlus"],
  ["Wonen en gezinsgericht", "Gezinshuizen en kleinschalige woonvoorzieningen"],
  ["Crisis", "Crisisplekken via het crisisteam (hoogstens vier weken)"],
] as const;
const segmentOf = (careTypes: string[]) =>
  careTypes.includes("crisisplek") ? 2 : careTypes.some((c) => c === "gezinshuis" || c === "kleinschalige_woonvoorziening") ? 1 : 0;

export interface WrittenCountry {
  regions: number;
  providers: number;
  locations: number;
  places: number;
  users: number;
}

/**
 * Writes a synthetic country into an empty platform as the owner: regions with their CBS
 * municipalities and settings, landsdelen pooling scarce care, providers with confirmed (or
 * proposed) contracts and products, locations with capacity, and users with one membership each.
 */
export async function writeSyntheticCountry(
  db: Database,
  country: SyntheticCountry,
  options: { passwordHash: string; now: Date },
): Promise<WrittenCountry> {
  await loadReferenceMunicipalities(db);
  const now = options.now.getTime();
  const segmentId = (regionIndex: number, segment: number) =>
    `${country.regions[regionIndex]!.id.slice(0, 24)}${String(segment).padStart(12, "0")}`;
  const regionIndex = new Map(country.regions.map((r, i) => [r.id, i]));
  // the extras draw from their own stream, seeded by the country itself: the same country, the same extras
  const extrasSeed = Number.parseInt(country.regions[0]?.id.slice(0, 8) ?? "0", 16);
  const extras = locationExtras(country, extrasSeed);

  await bulkInsert(
    db,
    "regions",
    [
      ["id", "uuid"],
      ["code", "text"],
      ["name", "text"],
    ],
    country.regions.map((r) => [r.id, r.code, r.name]),
  );
  await bulkInsert(
    db,
    "municipalities",
    [
      ["region_id", "uuid"],
      ["code", "text"],
      ["name", "text"],
    ],
    country.regions.flatMap((r) => r.municipalities.map((m) => [r.id, m.code, m.name])),
  );
  const s = DEFAULT_PLACEMENT_POINT_SETTINGS;
  await bulkInsert(
    db,
    "region_settings",
    [
      ["region_id", "uuid"],
      ["required_documents", "text[]"],
      ["offer_response_hours", "int"],
      ["crisis_cap_days", "int"],
      ["capacity_freshness_days", "int"],
      ["care_types", "text[]"],
    ],
    country.regions.map((r) => [
      r.id,
      arrayLiteral(s.requiredDocuments),
      s.offerResponseHours,
      s.crisisCapDays,
      s.capacityFreshnessDays,
      arrayLiteral(CARE_TYPES),
    ]),
  );
  await bulkInsert(
    db,
    "segments",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["name", "text"],
      ["description", "text"],
    ],
    country.regions.flatMap((r, i) => SEGMENTS.map(([name, description], n) => [r.id, segmentId(i, n), name, description])),
  );
  await bulkInsert(
    db,
    "oor_frameworks",
    [
      ["region_id", "uuid"],
      ["criteria", "jsonb"],
      ["approver", "text"],
      ["second_person", "boolean"],
    ],
    country.regions.map((r) => [
      r.id,
      JSON.stringify(DEFAULT_FRAMEWORK.criteria),
      DEFAULT_FRAMEWORK.approver,
      DEFAULT_FRAMEWORK.secondPerson,
    ]),
  );
  await bulkInsert(
    db,
    "supra_regions",
    [
      ["id", "uuid"],
      ["code", "text"],
      ["name", "text"],
    ],
    country.supraRegions.map((x) => [x.id, x.code, x.name]),
  );
  await bulkInsert(
    db,
    "supra_region_members",
    [
      ["supra_region_id", "uuid"],
      ["region_id", "uuid"],
    ],
    country.supraRegions.flatMap((x) => x.memberRegionIds.map((r) => [x.id, r])),
  );
  await bulkInsert(
    db,
    "supra_region_care_types",
    [
      ["supra_region_id", "uuid"],
      ["care_type", "text"],
    ],
    country.supraRegions.flatMap((x) => x.pooledCareTypes.map((c) => [x.id, c])),
  );
  await bulkInsert(
    db,
    "providers",
    [
      ["id", "uuid"],
      ["name", "text"],
      ["kvk", "text"],
      ["agb", "text"],
    ],
    country.providers.map((p) => [p.id, p.name, p.kvk, p.agb]),
  );

  const contractsPerProvider = new Map<string, number>();
  for (const c of country.contracts) contractsPerProvider.set(c.providerId, (contractsPerProvider.get(c.providerId) ?? 0) + 1);
  const isSpecialist = (careTypes: readonly string[]) => careTypes.some((t) => t === "jeugdzorgplus" || t === "driemilieus");
  // A guarantee budget guarantees the provider's specialist places in the region: what they earn in a year at their band.
  const specialistPlaces = new Map<string, { places: number; band: string }[]>();
  for (const l of country.locations) {
    if (!isSpecialist(l.careTypes)) continue;
    const key = `${l.regionId}/${l.providerId}`;
    specialistPlaces.set(key, [...(specialistPlaces.get(key) ?? []), { places: l.capacity, band: l.intensityBand }]);
  }
  const guaranteeOf = (regionId: string, providerId: string) => {
    const lines = specialistPlaces.get(`${regionId}/${providerId}`);
    return lines ? capacityBudget(lines, { startsOn: "2026-01-01", endsOn: "2026-12-31" }, G7_INTENSITY_TARIFFS).cents : null;
  };
  await bulkInsert(
    db,
    "contracts",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["provider_id", "uuid"],
      ["segment_id", "uuid"],
      ["provider_role", "text"],
      ["financing_form", "text"],
      ["starts_on", "date"],
      ["ends_on", "date"],
      ["revision_clause", "text"],
      ["status", "text"],
      ["answered_at", "timestamptz"],
      ["guarantee_amount_cents", "int8"],
    ],
    country.contracts.map((c) => {
      const regions = contractsPerProvider.get(c.providerId)!;
      const specialist = isSpecialist(c.careTypes);
      return [
        c.regionId,
        c.id,
        c.providerId,
        segmentId(regionIndex.get(c.regionId)!, segmentOf(c.careTypes)),
        regions >= 4 ? "strategic_partner" : regions >= 2 ? "tactical_core" : "operational",
        specialist ? "guarantee_budget" : "pxq",
        "2024-01-01",
        "2027-12-31",
        "Tarieven jaarlijks geïndexeerd (OVA).",
        c.confirmed ? "confirmed" : "proposed",
        c.confirmed ? new Date(now - 400 * 86_400_000).toISOString() : null,
        specialist ? guaranteeOf(c.regionId, c.providerId) : null,
      ];
    }),
  );
  await bulkInsert(
    db,
    "contract_products",
    [
      ["region_id", "uuid"],
      ["contract_id", "uuid"],
      ["provider_id", "uuid"],
      ["product_code", "text"],
      ["product_category", "text"],
      ["unit", "text"],
      ["tariff_cents", "int"],
      ["intensity_band", "text"],
      ["starts_on", "date"],
      ["ends_on", "date"],
    ],
    country.contracts.flatMap((c) =>
      c.careTypes.map((t) => {
        const p = PRODUCTS[t]!;
        return [
          c.regionId,
          c.id,
          c.providerId,
          p.code,
          p.category,
          "14",
          G7_INTENSITY_TARIFFS.find((x) => x.band === p.band)!.tariffCents,
          p.band,
          "2024-01-01",
          "2027-12-31",
        ];
      }),
    ),
  );
  await bulkInsert(
    db,
    "locations",
    [
      ["region_id", "uuid"],
      ["id", "uuid"],
      ["provider_id", "uuid"],
      ["name", "text"],
      ["municipality_code", "text"],
      ["care_types", "text[]"],
      ["expertise_tags", "text[]"],
      ["age_min", "int"],
      ["age_max", "int"],
      ["intensity_band", "text"],
      ["capacity", "int"],
      ["hybrid_places", "int"],
      ["round_the_clock_support", "boolean"],
      ["capacity_confirmed_at", "timestamptz"],
      ["created_at", "timestamptz"],
    ],
    country.locations.map((l) => [
      l.regionId,
      l.id,
      l.providerId,
      l.name,
      l.municipalityCode,
      arrayLiteral(l.careTypes),
      arrayLiteral(l.expertiseTags),
      l.ageMin,
      l.ageMax,
      l.intensityBand,
      l.capacity,
      extras.get(l.id)?.hybridPlaces ?? null,
      extras.get(l.id)?.roundTheClockSupport ?? null,
      new Date(now - l.confirmedDaysAgo * 86_400_000).toISOString(),
      // open since the contracts were confirmed: the weekly open releases count a location's places from its created_at
      new Date(now - 400 * 86_400_000).toISOString(),
    ]),
  );
  await bulkInsert(
    db,
    "users",
    [
      ["id", "uuid"],
      ["email", "text"],
      ["display_name", "text"],
      ["password_hash", "text"],
    ],
    country.users.map((u) => [u.id, u.email, u.displayName, options.passwordHash]),
  );
  await bulkInsert(
    db,
    "memberships",
    [
      ["user_id", "uuid"],
      ["role", "text"],
      ["region_id", "uuid"],
      ["provider_id", "uuid"],
      ["supra_region_id", "uuid"],
    ],
    country.users.map((u) => [u.id, u.role, u.regionId, u.providerId, u.supraRegionId]),
  );
  await bulkInsert(
    db,
    "phase_out_plans",
    [
      ["supra_region_id", "uuid"],
      ["provider_id", "uuid"],
      ["year", "int"],
      ["planned_places", "int"],
    ],
    phaseOutPlans(country, extrasSeed, options.now.getUTCFullYear()).map((p) => [p.supraRegionId, p.providerId, p.year, p.places]),
  );
  await sql`analyze`.execute(db);
  return {
    regions: country.regions.length,
    providers: country.providers.length,
    locations: country.locations.length,
    places: country.locations.reduce((sum, l) => sum + l.capacity, 0),
    users: country.users.length,
  };
}
