import { simulateHistory, type CareType, type SyntheticCountry } from "@jeugdregie/domain";
import type { Database } from "../client.ts";
import { writeSyntheticHistory, type ChildCipher, type WrittenHistory } from "./write-history.ts";

/**
 * The demo's own regions, providers, contracts, locations and users as the generator's country,
 * so that a history can be simulated around them (the demo anchors stay exactly as seeded).
 */
export async function readCountry(db: Database): Promise<SyntheticCountry> {
  const regions = await db.selectFrom("regions").select(["id", "code", "name"]).orderBy("code").execute();
  const municipalities = await db
    .selectFrom("municipalities as m")
    .innerJoin("reference_municipalities as r", "r.code", "m.code")
    .select(["m.region_id", "m.code", "m.name", "r.province"])
    .orderBy("m.code")
    .execute();
  const supras = await db.selectFrom("supra_regions").select(["id", "code", "name"]).orderBy("code").execute();
  const members = await db.selectFrom("supra_region_members").selectAll().execute();
  const pooled = await db.selectFrom("supra_region_care_types").selectAll().execute();
  const contracts = await db.selectFrom("contracts").select(["id", "region_id", "provider_id", "status"]).orderBy("id").execute();
  const locations = await db.selectFrom("locations").selectAll().orderBy("id").execute();
  const users = await db
    .selectFrom("users as u")
    .innerJoin("memberships as m", "m.user_id", "u.id")
    .select(["u.id", "u.email", "u.display_name", "m.role", "m.region_id", "m.provider_id", "m.supra_region_id"])
    .orderBy("u.email")
    .execute();
  const province = new Map(municipalities.map((m) => [m.code, m.province]));
  return {
    regions: regions.map((r) => {
      const own = municipalities.filter((m) => m.region_id === r.id).map((m) => ({ code: m.code, name: m.name, province: m.province }));
      return { ...r, province: own[0]?.province ?? "", municipalities: own };
    }),
    supraRegions: supras.map((s) => ({
      ...s,
      memberRegionIds: members.filter((m) => m.supra_region_id === s.id).map((m) => m.region_id),
      pooledCareTypes: pooled.filter((p) => p.supra_region_id === s.id).map((p) => p.care_type as CareType),
    })),
    providers: [],
    contracts: contracts.map((c) => ({
      id: c.id,
      regionId: c.region_id,
      providerId: c.provider_id,
      confirmed: c.status === "confirmed",
      careTypes: [],
    })),
    locations: locations.map((l) => ({
      id: l.id,
      regionId: l.region_id,
      providerId: l.provider_id,
      name: l.name,
      municipalityCode: l.municipality_code,
      province: province.get(l.municipality_code) ?? "",
      careTypes: l.care_types,
      expertiseTags: l.expertise_tags,
      ageMin: l.age_min,
      ageMax: l.age_max,
      intensityBand: l.intensity_band ?? "",
      capacity: l.capacity,
      confirmedDaysAgo: 0,
    })),
    users: users.map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.display_name,
      role: u.role,
      regionId: u.region_id,
      providerId: u.provider_id,
      supraRegionId: u.supra_region_id,
    })),
  };
}

/** Adds a simulated history to the seeded demo: requests, offers, placements in its regions. Skips a platform with requests. */
export async function seedDemoHistory(
  db: Database,
  cipher: ChildCipher,
  options: { seed: number; now: Date; days: number },
): Promise<WrittenHistory | null> {
  const existing = await db.selectFrom("placement_requests").select("id").limit(1).executeTakeFirst();
  if (existing) return null;
  const history = simulateHistory(await readCountry(db), options);
  return writeSyntheticHistory(db, history, cipher);
}
