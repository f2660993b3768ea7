import { generateCountry, type SyntheticCountry, type SyntheticSupraRegion } from "@jeugdregie/domain";
import type { Database } from "../client.ts";
import { writeSyntheticCountry, type WrittenCountry } from "../synthetic/write-country.ts";
import { DEMO_REGIONS, DEMO_SUPRA_REGIONS, type DemoRegionCode } from "./demo-regions.ts";
import { readReferenceMunicipalities } from "./reference.ts";

/** The synthetic country's seed and scale for the demo: about the density of the hand-written regions. */
export const DEMO_COUNTRY_SEED = 2026;
export const DEMO_COUNTRY_SCALE = 0.03;

/**
 * The rest of the country around the hand-written demo (seedDemo): the synthetic-country generator
 * (one generator, issue 12) at a small scale, written in bulk in one transaction. Its regions that
 * the demo already has by hand are left out with everything in them (the demo's anchors stay
 * exactly as written); its other regions come with providers, contracts, locations and users.
 * Every region, also a hand-written one, joins its landsdeel for closed care; the demo's own
 * Landsdeel Oost takes the generated one's extra members. The generator's region users of the
 * hand-written regions are added too (`…@synthetisch.jeugdregie.test`), so every region has
 * referrers and coordinators for its history and a second region admin.
 *
 * Only onto the hand-written demo as seeded (exactly its regions): null, and nothing written, on
 * any other platform, also on a second start.
 */
export async function seedDemoCountry(db: Database, passwordHash: string, now: Date = new Date()): Promise<WrittenCountry | null> {
  const existing = await db.selectFrom("regions").select(["id", "code"]).execute();
  const demoCodes = new Set<string>(DEMO_REGIONS.map((r) => r.code));
  if (existing.length !== DEMO_REGIONS.length || !existing.every((r) => demoCodes.has(r.code))) return null;
  const supras = await db.selectFrom("supra_regions").select(["id", "code"]).execute();
  return db.transaction().execute((trx) =>
    writeRestOfCountry(trx, {
      passwordHash,
      now,
      regionIds: new Map(existing.map((r) => [r.code as DemoRegionCode, r.id])),
      supraIds: new Map(supras.map((s) => [s.code, s.id])),
    }),
  );
}

/** Whether this platform is the demo with its whole country: the hand-written regions among every jeugdzorgregio. */
export async function isDemoCountry(db: Database): Promise<boolean> {
  const codes = new Set((await db.selectFrom("regions").select("code").execute()).map((r) => r.code));
  const jeugdzorgregios = new Set(readReferenceMunicipalities().map((m) => m.jeugdzorgregio));
  return codes.size === jeugdzorgregios.size && DEMO_REGIONS.every((r) => codes.has(r.code));
}

async function writeRestOfCountry(
  trx: Database,
  options: { passwordHash: string; now: Date; regionIds: Map<DemoRegionCode, string>; supraIds: Map<string, string> },
): Promise<WrittenCountry> {
  const generated = generateCountry({ seed: DEMO_COUNTRY_SEED, scale: DEMO_COUNTRY_SCALE, municipalities: readReferenceMunicipalities() });
  const handWritten = new Map(DEMO_REGIONS.map((r) => [r.jeugdzorgregio as string, options.regionIds.get(r.code)!]));
  const idOf = new Map(generated.regions.map((r) => [r.id, handWritten.get(r.name) ?? r.id]));
  const regions = generated.regions.filter((r) => !handWritten.has(r.name));
  const isNew = new Set(regions.map((r) => r.id));
  const locations = generated.locations.filter((l) => isNew.has(l.regionId));
  const providerIds = new Set(locations.map((l) => l.providerId));

  const supraRegions: SyntheticSupraRegion[] = [];
  const joinExisting: { supraRegionId: string; regionId: string }[] = [];
  for (const supra of generated.supraRegions) {
    const members = supra.memberRegionIds.map((id) => idOf.get(id)!);
    const existing = DEMO_SUPRA_REGIONS.find((s) => s.code === supra.code);
    if (!existing) {
      supraRegions.push({ ...supra, memberRegionIds: members });
      continue;
    }
    const already = new Set(existing.members.map((code) => options.regionIds.get(code)!));
    for (const regionId of members)
      if (!already.has(regionId)) joinExisting.push({ supraRegionId: options.supraIds.get(existing.code)!, regionId });
  }
  const newSupras = new Set(supraRegions.map((s) => s.id));

  const country: SyntheticCountry = {
    regions,
    supraRegions,
    providers: generated.providers.filter((p) => providerIds.has(p.id)),
    contracts: generated.contracts.filter((c) => isNew.has(c.regionId)),
    locations,
    // The demo has its own platform admin, ministry analyst and Landsdeel Oost coordinator.
    users: generated.users
      .filter(
        (u) =>
          (u.regionId !== null && u.role !== "ministry_analyst") ||
          (u.providerId !== null && providerIds.has(u.providerId)) ||
          (u.supraRegionId !== null && newSupras.has(u.supraRegionId)),
      )
      .map((u) => ({ ...u, regionId: u.regionId && idOf.get(u.regionId)! })),
  };
  const written = await writeSyntheticCountry(trx, country, { passwordHash: options.passwordHash, now: options.now });
  if (joinExisting.length > 0)
    await trx
      .insertInto("supra_region_members")
      .values(joinExisting.map((m) => ({ supra_region_id: m.supraRegionId, region_id: m.regionId })))
      .execute();
  return written;
}
