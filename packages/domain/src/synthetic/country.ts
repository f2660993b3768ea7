import type { CareType } from "../care-types.ts";
import type { Role } from "../roles.ts";
import { ASSUMPTIONS, PROFILES, type LocationProfile } from "./assumptions.ts";
import { seededRandom, type Random } from "./random.ts";

/** One line of the CBS municipality list (the project ships it; the generator never reads files). */
export interface MunicipalityRow {
  code: string;
  name: string;
  province: string;
  jeugdzorgregio: string;
}

export interface SyntheticRegion {
  id: string;
  code: string;
  name: string;
  /** The province most of its municipalities lie in. */
  province: string;
  municipalities: { code: string; name: string; province: string }[];
}

export interface SyntheticSupraRegion {
  id: string;
  code: string;
  name: string;
  memberRegionIds: string[];
  pooledCareTypes: CareType[];
}

export interface SyntheticProvider {
  id: string;
  name: string;
  kvk: string;
  agb: string;
}

export interface SyntheticContract {
  id: string;
  regionId: string;
  providerId: string;
  confirmed: boolean;
  careTypes: CareType[];
}

export interface SyntheticLocation {
  id: string;
  regionId: string;
  providerId: string;
  name: string;
  municipalityCode: string;
  province: string;
  careTypes: CareType[];
  expertiseTags: string[];
  ageMin: number;
  ageMax: number;
  intensityBand: string;
  capacity: number;
  /** Days before the end of history that the provider last confirmed the capacity. */
  confirmedDaysAgo: number;
}

export interface SyntheticUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  regionId: string | null;
  providerId: string | null;
  supraRegionId: string | null;
}

export interface SyntheticCountry {
  regions: SyntheticRegion[];
  supraRegions: SyntheticSupraRegion[];
  providers: SyntheticProvider[];
  contracts: SyntheticContract[];
  locations: SyntheticLocation[];
  users: SyntheticUser[];
}

export interface CountryParams {
  seed: number;
  /** 1 is the national scale of issue 12: 4,000 providers and 15,000 locations in all 42 regions. */
  scale: number;
  municipalities: readonly MunicipalityRow[];
}

export const NATIONAL_PROVIDERS = 4000;
export const NATIONAL_LOCATIONS = 15000;

/** Landsdelen: the supra regions that pool scarce specialist care (JeugdzorgPlus, driemilieus). */
const LANDSDELEN: { code: string; name: string; provinces: string[] }[] = [
  { code: "landsdeel-noord", name: "Landsdeel Noord", provinces: ["Groningen", "Fryslân", "Drenthe"] },
  { code: "landsdeel-oost", name: "Landsdeel Oost", provinces: ["Overijssel", "Gelderland"] },
  { code: "landsdeel-midden", name: "Landsdeel Midden", provinces: ["Utrecht", "Flevoland", "Noord-Holland"] },
  { code: "landsdeel-west", name: "Landsdeel West", provinces: ["Zuid-Holland", "Zeeland"] },
  { code: "landsdeel-zuid", name: "Landsdeel Zuid", provinces: ["Noord-Brabant", "Limburg"] },
];

const slug = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const PROVIDER_WORDS = ["Jeugdzorg", "Jeugdhulp", "Opvoedhulp", "Zorggroep", "Gezinshuizen", "Jeugd & Gezin", "Behandelcentrum"];
const PROVIDER_NAMES = [
  "De Linde",
  "Het Baken",
  "Rivierduin",
  "De Horst",
  "Kompas",
  "Zonnehoeve",
  "Het Veer",
  "De Waai",
  "Eikenrode",
  "Lichtpunt",
];

/** Regions from the CBS list, their landsdeel, and a seeded landscape of providers, contracts and locations. */
export function generateCountry(params: CountryParams): SyntheticCountry {
  const random = seededRandom(params.seed);
  const regions = regionsFrom(params.municipalities, random);
  const supraRegions = LANDSDELEN.map((l) => ({
    id: random.uuid(),
    code: l.code,
    name: l.name,
    memberRegionIds: regions.filter((r) => l.provinces.includes(r.province)).map((r) => r.id),
    pooledCareTypes: [...ASSUMPTIONS.pooledCareTypes],
  })).filter((s) => s.memberRegionIds.length > 0);

  const providerCount = Math.max(regions.length, Math.round(NATIONAL_PROVIDERS * params.scale));
  const locationCount = Math.max(providerCount, Math.round(NATIONAL_LOCATIONS * params.scale));
  const providers: SyntheticProvider[] = Array.from({ length: providerCount }, (_, i) => ({
    id: random.uuid(),
    name: `${random.pick(PROVIDER_WORDS)} ${random.pick(PROVIDER_NAMES)} ${i + 1}`,
    kvk: String(60000000 + i),
    agb: String(98100000 + i),
  }));

  // Every provider runs one location; the rest go to providers by a long-tailed weight (a few large organisations).
  const perProvider = providers.map(() => 1);
  const weights = providers.map((_, i) => 1 / (i + 1) ** 0.8);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let remaining = locationCount - providerCount;
  for (let i = 0; i < providers.length && remaining > 0; i++) {
    const extra = Math.min(remaining, Math.floor(((locationCount - providerCount) * weights[i]!) / totalWeight));
    perProvider[i]! += extra;
    remaining -= extra;
  }
  for (let i = 0; remaining > 0; i = (i + 1) % providers.length, remaining--) perProvider[i]! += 1;

  const regionWeights = regions.map((r) => [r, r.municipalities.length] as const);
  const profileWeights = Object.entries(PROFILES).map(([p, spec]) => [p as LocationProfile, spec.share] as const);
  const locations: SyntheticLocation[] = [];
  providers.forEach((provider, i) => {
    const home = random.weighted(regionWeights);
    const multiRegion = perProvider[i]! > 5 || random.chance(ASSUMPTIONS.multiRegionProviderRate);
    const mainProfile = random.weighted(profileWeights);
    const neighbours = regions.filter((r) => r.province === home.province);
    for (let n = 0; n < perProvider[i]!; n++) {
      const region = !multiRegion || random.chance(0.6) ? home : random.chance(0.8) ? random.pick(neighbours) : random.pick(regions);
      // Small organisations run one kind of place; large ones a mix like the national landscape.
      const profile = perProvider[i]! <= 5 && (n === 0 || random.chance(0.6)) ? mainProfile : random.weighted(profileWeights);
      locations.push(locationOf(random, provider.id, region, profile, n + 1));
    }
  });

  spreadOverRegions(random, locations, regions);

  const contracts: SyntheticContract[] = [];
  const byPair = new Map<string, SyntheticContract>();
  for (const location of locations) {
    const key = `${location.regionId}|${location.providerId}`;
    let contract = byPair.get(key);
    if (!contract) {
      contract = {
        id: random.uuid(),
        regionId: location.regionId,
        providerId: location.providerId,
        confirmed: !random.chance(ASSUMPTIONS.unconfirmedContractRate),
        careTypes: [],
      };
      byPair.set(key, contract);
      contracts.push(contract);
    }
    for (const careType of location.careTypes) if (!contract.careTypes.includes(careType)) contract.careTypes.push(careType);
  }

  return { regions, supraRegions, providers, contracts, locations, users: usersOf(random, regions, providers, supraRegions) };
}

/**
 * Children live everywhere: a long-tailed provider landscape (large organisations near home) can
 * leave a region with almost no places, most visibly at a small scale. Every region gets at least
 * half of its share by municipalities (and half of an even share): locations move, with their
 * provider, from the regions furthest above their own minimum.
 */
function spreadOverRegions(random: Random, locations: SyntheticLocation[], regions: SyntheticRegion[]) {
  const municipalities = regions.reduce((sum, r) => sum + r.municipalities.length, 0);
  const minimum = new Map(
    regions.map((r) => [
      r.id,
      Math.max(
        Math.floor(locations.length / regions.length / 2),
        Math.ceil((locations.length * r.municipalities.length) / municipalities / 2),
      ),
    ]),
  );
  const byRegion = new Map(regions.map((r) => [r.id, [] as SyntheticLocation[]]));
  for (const l of locations) byRegion.get(l.regionId)!.push(l);
  const surplus = (r: SyntheticRegion) => byRegion.get(r.id)!.length - minimum.get(r.id)!;
  for (const region of regions)
    while (surplus(region) < 0) {
      const donor = regions.reduce((best, r) => (surplus(r) > surplus(best) ? r : best));
      if (surplus(donor) <= 0) return;
      const moved = byRegion.get(donor.id)!.pop()!;
      const municipality = random.pick(region.municipalities);
      const words = moved.name.split(" ");
      Object.assign(moved, {
        regionId: region.id,
        municipalityCode: municipality.code,
        province: municipality.province,
        name: `${words[0]} ${municipality.name} ${words.at(-1)}`,
      });
      byRegion.get(region.id)!.push(moved);
    }
}

function regionsFrom(rows: readonly MunicipalityRow[], random: Random): SyntheticRegion[] {
  const byRegion = new Map<string, MunicipalityRow[]>();
  for (const row of [...rows].sort((a, b) => a.code.localeCompare(b.code))) {
    const list = byRegion.get(row.jeugdzorgregio) ?? [];
    list.push(row);
    byRegion.set(row.jeugdzorgregio, list);
  }
  return [...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, municipalities]) => {
      const provinces = new Map<string, number>();
      for (const m of municipalities) provinces.set(m.province, (provinces.get(m.province) ?? 0) + 1);
      const province = [...provinces.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      return {
        id: random.uuid(),
        code: slug(name),
        name,
        province,
        municipalities: municipalities.map((m) => ({ code: m.code, name: m.name, province: m.province })),
      };
    });
}

function locationOf(random: Random, providerId: string, region: SyntheticRegion, profile: LocationProfile, n: number): SyntheticLocation {
  const spec = PROFILES[profile];
  const municipality = random.pick(region.municipalities);
  const stale = random.chance(ASSUMPTIONS.staleCapacityRate);
  return {
    id: random.uuid(),
    regionId: region.id,
    providerId,
    name: `${spec.label} ${municipality.name} ${n}`,
    municipalityCode: municipality.code,
    province: municipality.province,
    careTypes: [...spec.careTypes],
    expertiseTags: random.sample(spec.expertise, random.int(...spec.expertiseCount)),
    ageMin: random.int(...spec.ageMin),
    ageMax: random.int(...spec.ageMax),
    intensityBand: random.pick(spec.bands),
    capacity: random.int(...spec.capacity),
    confirmedDaysAgo: stale ? random.int(15, 60) : random.int(0, 6),
  };
}

export const SYNTHETIC_EMAIL_DOMAIN = "synthetisch.jeugdregie.test";

function usersOf(random: Random, regions: SyntheticRegion[], providers: SyntheticProvider[], supras: SyntheticSupraRegion[]) {
  const users: SyntheticUser[] = [];
  const add = (
    local: string,
    displayName: string,
    role: Role,
    scope: Partial<Pick<SyntheticUser, "regionId" | "providerId" | "supraRegionId">>,
  ) =>
    users.push({
      id: random.uuid(),
      email: `${local}@${SYNTHETIC_EMAIL_DOMAIN}`,
      displayName,
      role,
      regionId: scope.regionId ?? null,
      providerId: scope.providerId ?? null,
      supraRegionId: scope.supraRegionId ?? null,
    });
  add("platform", "Platformbeheer", "platform_admin", {});
  add("ministerie", "Analist ministerie", "ministry_analyst", {});
  for (const region of regions) {
    const regionId = region.id;
    add(`beheer.${region.code}`, `Regiobeheer ${region.name}`, "region_admin", { regionId });
    add(`coordinator.${region.code}`, `Coördinator ${region.name}`, "placement_coordinator", { regionId });
    add(`coordinator2.${region.code}`, `Tweede coördinator ${region.name}`, "placement_coordinator", { regionId });
    add(`crisisteam.${region.code}`, `Crisisteam ${region.name}`, "crisis_team", { regionId });
    for (let i = 1; i <= 4; i++) add(`verwijzer${i}.${region.code}`, `Verwijzer ${i} ${region.name}`, "referrer", { regionId });
  }
  providers.forEach((p, i) => add(`aanbieder${i + 1}`, `Medewerker ${p.name}`, "provider_user", { providerId: p.id }));
  for (const s of supras) add(`bovenregionaal.${s.code}`, `Coördinator ${s.name}`, "supra_coordinator", { supraRegionId: s.id });
  return users;
}
