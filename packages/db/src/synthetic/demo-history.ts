import { simulateHistory, simulateSupraPlanning, SYNTHETIC_EMAIL_DOMAIN, type CareType, type SyntheticCountry } from "@jeugdregie/domain";
import type { Database } from "../client.ts";
import { writeSyntheticHistory, type ChildCipher, type WrittenHistory } from "./write-history.ts";
import { writeSupraPlanning } from "./write-planning.ts";

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

/** The demo's history: seeded and deterministic, three years so places are about as full as in life in the months the figures show. */
export const DEMO_HISTORY = { seed: 2026, days: 1095 } as const;

/** What the demo history wrote: the rows of the history and of the supra regions' planning. */
export interface WrittenDemoHistory extends WrittenHistory {
  allocations: number;
  negotiations: number;
}

/**
 * Adds a simulated history to the seeded demo: requests (with their status history), offers,
 * placements, justifications in its regions, and the supra regions' allocations and negotiations
 * for next year. Skips a platform that has requests already (a second start adds nothing).
 */
export async function seedDemoHistory(
  db: Database,
  cipher: ChildCipher,
  options: { seed: number; now: Date; days: number },
): Promise<WrittenDemoHistory | null> {
  const existing = await db.selectFrom("placement_requests").select("id").limit(1).executeTakeFirst();
  if (existing) return null;
  const country = await readCountry(db);
  const history = simulateHistory(country, { ...options, timeline: true });
  const planning = simulateSupraPlanning(country, history, options);
  return db.transaction().execute(async (trx) => {
    const written = await writeSyntheticHistory(trx, history, cipher);
    return { ...written, ...(await writeSupraPlanning(trx, planning)) };
  });
}

/**
 * Who asks for a region's guarantee settlements of a year in the demo: for every region with a
 * guarantee contract running that year, one of its region admins, preferring a generated one so
 * the hand-written admin can approve (four eyes). Owner connection: it reads across regions.
 */
export async function demoSettlementRequesters(db: Database, year: number): Promise<{ regionId: string; userId: string }[]> {
  const rows = await db
    .selectFrom("contracts as c")
    .innerJoin("memberships as m", (join) => join.onRef("m.region_id", "=", "c.region_id").on("m.role", "=", "region_admin"))
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["c.region_id", "m.user_id", "u.email"])
    .where("c.financing_form", "=", "guarantee_budget")
    .where("c.guarantee_amount_cents", "is not", null)
    .where("c.starts_on", "<=", `${year}-12-31`)
    .where("c.ends_on", ">=", `${year}-01-01`)
    .orderBy("c.region_id")
    .orderBy((eb) => eb.fn("strpos", ["u.email", eb.val(SYNTHETIC_EMAIL_DOMAIN)]), "desc")
    .orderBy("u.email")
    .execute();
  const first = new Map<string, string>();
  for (const r of rows) if (!first.has(r.region_id)) first.set(r.region_id, r.user_id);
  return [...first].map(([regionId, userId]) => ({ regionId, userId }));
}
