import type { Database } from "../client.ts";
import type { Tx } from "../tenant.ts";
import { DEMO_PROVIDERS } from "./demo-providers.ts";
import { DEMO_REGIONS, DEMO_SUPRA_REGIONS, type DemoRegionCode } from "./demo-regions.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users.ts";
import { locationSpec, seededRandom } from "./demo-locations.ts";
import { DEMO_PRODUCTS, DEMO_SEGMENTS, tariffOf } from "./demo-contracts.ts";
import { capacityBudget, CARE_TYPES, DEFAULT_PLACEMENT_POINT_SETTINGS, yearPeriod, type CapacityLine } from "@jeugdregie/domain";
import { loadReferenceMunicipalities } from "./reference.ts";

export interface SeedSummary {
  skipped: boolean;
  regions: number;
  providers: number;
  locations: number;
  users: number;
}

/** A year ago: when the demo's locations opened (the open releases count places from a location's created_at). */
const DEMO_LOCATIONS_SINCE = () => new Date(Date.now() - 365 * 86_400_000);

/**
 * Reference data always; the hand-written demo tenants only into an empty platform (`npm start`
 * adds the rest of the country with seedDemoCountry). Runs as the owner connection (it creates
 * tenants), in one transaction: a failed seed leaves nothing behind.
 */
export async function seedDemo(db: Database, hashPassword: (password: string) => Promise<string>): Promise<SeedSummary> {
  await loadReferenceMunicipalities(db);
  const existing = await db
    .selectFrom("regions")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return { skipped: true, regions: 0, providers: 0, locations: 0, users: 0 };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const regionIds = new Map<DemoRegionCode, string>();
    const regionMunicipalities = new Map<DemoRegionCode, { code: string; name: string }[]>();
    const segmentIds = new Map<DemoRegionCode, string[]>();
    for (const region of DEMO_REGIONS) {
      const { id } = await trx
        .insertInto("regions")
        .values({ code: region.code, name: region.name })
        .returning("id")
        .executeTakeFirstOrThrow();
      regionIds.set(region.code, id);
      const municipalities = await trx
        .selectFrom("reference_municipalities")
        .select(["code", "name"])
        .where("jeugdzorgregio", "=", region.jeugdzorgregio)
        .orderBy("name")
        .execute();
      if (municipalities.length === 0) throw new Error(`no municipalities for jeugdzorgregio ${region.jeugdzorgregio}`);
      await trx
        .insertInto("municipalities")
        .values(municipalities.map((m) => ({ region_id: id, code: m.code, name: m.name })))
        .execute();
      regionMunicipalities.set(region.code, municipalities);
      const s = DEFAULT_PLACEMENT_POINT_SETTINGS;
      await trx
        .insertInto("region_settings")
        .values({
          region_id: id,
          required_documents: s.requiredDocuments,
          offer_response_hours: s.offerResponseHours,
          crisis_cap_days: s.crisisCapDays,
          capacity_freshness_days: s.capacityFreshnessDays,
          care_types: [...CARE_TYPES],
        })
        .execute();
      const segments = await trx
        .insertInto("segments")
        .values(DEMO_SEGMENTS.map((seg) => ({ region_id: id, ...seg })))
        .returning("id")
        .execute();
      segmentIds.set(
        region.code,
        segments.map((seg) => seg.id),
      );
    }

    const supraIds = new Map<string, string>();
    const jeugdzorgplusRegions = new Set<DemoRegionCode>();
    for (const supra of DEMO_SUPRA_REGIONS) {
      const { id } = await trx
        .insertInto("supra_regions")
        .values({ code: supra.code, name: supra.name })
        .returning("id")
        .executeTakeFirstOrThrow();
      supraIds.set(supra.code, id);
      await trx
        .insertInto("supra_region_members")
        .values(supra.members.map((r) => ({ supra_region_id: id, region_id: regionIds.get(r)! })))
        .execute();
      await trx
        .insertInto("supra_region_care_types")
        .values(supra.pooledCareTypes.map((care_type) => ({ supra_region_id: id, care_type })))
        .execute();
      if (supra.pooledCareTypes.includes("jeugdzorgplus")) supra.members.forEach((r) => jeugdzorgplusRegions.add(r));
    }

    const random = seededRandom(2026);
    const providerIds = new Map<string, string>();
    let locationCount = 0;
    for (const provider of DEMO_PROVIDERS) {
      const { id } = await trx
        .insertInto("providers")
        .values({ name: provider.name, kvk: provider.kvk, agb: provider.agb })
        .returning("id")
        .executeTakeFirstOrThrow();
      providerIds.set(provider.kvk, id);
      for (const [index, regionCode] of provider.regions.entries()) {
        const contractId = await insertDemoContract(trx, regionIds.get(regionCode)!, segmentIds.get(regionCode)!, id, provider, index);
        const guaranteedPlaces: CapacityLine[] = [];
        // Large providers run their full profile in their home regions and one location elsewhere.
        // Small homes come in pairs in the home region.
        const profiles = index < 2 ? provider.profile : provider.profile.slice(0, 1);
        const extraHomes = index === 0 ? provider.profile.filter((p) => p === "gezinshuis" || p === "wonen") : [];
        const municipalities = regionMunicipalities.get(regionCode)!;
        for (const profile of [...profiles, ...extraHomes]) {
          const municipality = municipalities[Math.floor(random() * municipalities.length)]!;
          const spec = locationSpec(profile, random, municipality.name, jeugdzorgplusRegions.has(regionCode));
          await trx
            .insertInto("locations")
            .values({
              region_id: regionIds.get(regionCode)!,
              provider_id: id,
              name: `${spec.name} (${provider.name.split(" ").slice(-2).join(" ")})`,
              municipality_code: municipality.code,
              care_types: spec.careTypes,
              expertise_tags: spec.expertiseTags,
              age_min: spec.ageMin,
              age_max: spec.ageMax,
              intensity_band: spec.intensityBand,
              capacity: spec.capacity,
              // Most providers confirmed their capacity this week; some are behind (stale in matching).
              capacity_confirmed_at: new Date(Date.now() - Math.floor(random() * 10) * 86_400_000),
              // The demo's places exist since before the weeks its open releases cover (issue 14).
              created_at: DEMO_LOCATIONS_SINCE(),
            })
            .execute();
          locationCount++;
          if (spec.careTypes.some((t) => t === "jeugdzorgplus" || t === "driemilieus"))
            guaranteedPlaces.push({ places: spec.capacity, band: spec.intensityBand });
        }
        // A guarantee budget guarantees the specialist places: what they earn in a year at their band (money/guarantee.ts).
        if (provider.profile.includes("specialist") && guaranteedPlaces.length > 0)
          await trx
            .updateTable("contracts")
            .set({ guarantee_amount_cents: capacityBudget(guaranteedPlaces, yearPeriod(2026)).cents })
            .where("region_id", "=", regionIds.get(regionCode)!)
            .where("id", "=", contractId)
            .execute();
      }
    }

    for (const user of DEMO_USERS) {
      const { id } = await trx
        .insertInto("users")
        .values({ email: user.email, display_name: user.displayName, password_hash: passwordHash })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("memberships")
        .values(
          user.memberships.map((m) => ({
            user_id: id,
            role: m.role,
            region_id: m.region ? regionIds.get(m.region)! : null,
            provider_id: m.providerKvk ? providerIds.get(m.providerKvk)! : null,
            supra_region_id: m.supraRegion ? supraIds.get(m.supraRegion)! : null,
          })),
        )
        .execute();
    }

    return { skipped: false, regions: regionIds.size, providers: providerIds.size, locations: locationCount, users: DEMO_USERS.length };
  });
}

/** A provider's contract with a region: its products follow the kinds of locations it runs. */
async function insertDemoContract(
  trx: Tx,
  regionId: string,
  segments: string[],
  providerId: string,
  provider: (typeof DEMO_PROVIDERS)[number],
  index: number,
) {
  const products = provider.profile.map((p) => DEMO_PRODUCTS[p]);
  const contract = await trx
    .insertInto("contracts")
    .values({
      region_id: regionId,
      provider_id: providerId,
      segment_id: segments[products[0]!.segment]!,
      provider_role:
        provider.regions.length >= 4 && index === 0 ? "strategic_partner" : provider.regions.length >= 2 ? "tactical_core" : "operational",
      financing_form: provider.profile.includes("specialist") ? "guarantee_budget" : "pxq",
      starts_on: "2026-01-01",
      ends_on: "2027-12-31",
      revision_clause: "Tarieven jaarlijks geïndexeerd (OVA); heronderhandeling bij wijziging van het intensiteitenmodel.",
      // The demo providers agreed to their contracts; new ones a region records start as proposals.
      status: "confirmed",
      answered_at: new Date(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("contract_products")
    .values(
      products.map((p) => ({
        region_id: regionId,
        contract_id: contract.id,
        provider_id: providerId,
        product_code: p.productCode,
        product_category: p.productCategory,
        unit: "14",
        tariff_cents: tariffOf(p.band),
        intensity_band: p.band,
        starts_on: "2026-01-01",
        ends_on: "2027-12-31",
      })),
    )
    .execute();
  return contract.id;
}
