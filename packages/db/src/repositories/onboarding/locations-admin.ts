import { AppError, type LocationRow, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";

/** What a new location consists of: the same shape the CSV import validates. */
export type LocationInput = LocationRow;

/**
 * A location belongs to a provider contracted by the region, in one of the region's municipalities.
 * Answers both by name, for the audit log.
 */
export async function assertLocationFits(tx: Tx, regionId: string, input: Pick<LocationInput, "providerId" | "municipalityCode">) {
  const [contract, municipality] = await Promise.all([
    tx
      .selectFrom("contracts as c")
      .innerJoin("providers as p", "p.id", "c.provider_id")
      .select("p.name")
      .where("c.region_id", "=", regionId)
      .where("c.provider_id", "=", input.providerId)
      .executeTakeFirst(),
    tx
      .selectFrom("municipalities")
      .select("name")
      .where("region_id", "=", regionId)
      .where("code", "=", input.municipalityCode)
      .executeTakeFirst(),
  ]);
  if (!contract)
    throw new AppError("BAD_INPUT", {
      nl: "Deze aanbieder heeft (nog) geen contract met de regio: leg eerst het contract vast.",
      en: "This provider has no contract with the region yet: record the contract first.",
    });
  if (!municipality)
    throw new AppError("BAD_INPUT", { nl: "Deze gemeente hoort niet bij de regio.", en: "This municipality is not part of the region." });
  return { providerName: contract.name, municipalityName: municipality.name };
}

export async function insertLocations(tx: Tx, regionId: string, locations: LocationInput[]) {
  if (locations.length === 0) return [];
  const rows = locations.map((l) => ({
    region_id: regionId,
    provider_id: l.providerId,
    name: l.name,
    municipality_code: l.municipalityCode,
    care_types: l.careTypes,
    expertise_tags: l.expertiseTags,
    age_min: l.ageMin,
    age_max: l.ageMax,
    intensity_band: l.intensityBand,
    capacity: l.capacity,
    hybrid_places: l.hybridPlaces ?? null,
    round_the_clock_support: l.roundTheClockSupport ?? null,
  }));
  const ids: string[] = [];
  // Batches keep each statement well under PostgreSQL's 65,535 parameters.
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await tx
      .insertInto("locations")
      .values(rows.slice(i, i + 1000))
      .returning("id")
      .execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

export async function createLocation(tx: Tx, scope: TenantScope, regionId: string, input: LocationInput) {
  const { providerName, municipalityName } = await assertLocationFits(tx, regionId, input);
  const [id] = await insertLocations(tx, regionId, [input]);
  // In words: the provider and municipality by name, not by id and CBS code.
  const after = { providerName, ...describe({ ...input, municipalityName }), capacity: input.capacity };
  await writeAudit(tx, scope, { action: "create", entity: "location", entityId: id!, regionId, details: { after } });
  return { id: id! };
}

/** A location's master data: what the region describes. The provider and its places are not part of it. */
export type LocationDetails = Omit<LocationInput, "providerId" | "capacity">;

const locationNotFound = () =>
  new AppError("NOT_FOUND", { nl: "Deze locatie bestaat niet in deze regio.", en: "This location does not exist in this region." });

/** One location of the region as the region admin edits it (NOT_FOUND for another region's). */
export async function regionLocation(tx: Tx, regionId: string, locationId: string) {
  const row = await tx
    .selectFrom("locations as l")
    .innerJoin("providers as p", "p.id", "l.provider_id")
    .innerJoin("reference_municipalities as g", "g.code", "l.municipality_code")
    .select([
      "l.id",
      "l.provider_id",
      "p.name as provider_name",
      "l.name",
      "l.municipality_code",
      "g.name as municipality_name",
      "l.care_types",
      "l.expertise_tags",
      "l.age_min",
      "l.age_max",
      "l.intensity_band",
      "l.capacity",
      "l.hybrid_places",
      "l.round_the_clock_support",
      "l.capacity_confirmed_at",
      "l.deactivated_at",
    ])
    .where("l.region_id", "=", regionId)
    .where("l.id", "=", locationId)
    .executeTakeFirst();
  if (!row) throw locationNotFound();
  return {
    id: row.id,
    providerId: row.provider_id,
    providerName: row.provider_name,
    name: row.name,
    municipalityCode: row.municipality_code,
    municipalityName: row.municipality_name,
    careTypes: row.care_types,
    expertiseTags: row.expertise_tags,
    ageMin: row.age_min,
    ageMax: row.age_max,
    intensityBand: row.intensity_band,
    capacity: row.capacity,
    hybridPlaces: row.hybrid_places,
    roundTheClockSupport: row.round_the_clock_support,
    capacityConfirmedAt: row.capacity_confirmed_at,
    active: row.deactivated_at === null,
    deactivatedAt: row.deactivated_at,
  };
}

const describe = (l: Omit<LocationDetails, "municipalityCode" | "careTypes"> & { careTypes: string[]; municipalityName: string }) => ({
  name: l.name,
  municipalityName: l.municipalityName,
  careTypes: l.careTypes,
  expertiseTags: l.expertiseTags,
  ageMin: l.ageMin,
  ageMax: l.ageMax,
  intensityBand: l.intensityBand,
  hybridPlaces: l.hybridPlaces ?? null,
  roundTheClockSupport: l.roundTheClockSupport ?? null,
});

/** The region corrects a location's master data (the audit log keeps before and after). */
export async function updateLocation(tx: Tx, scope: TenantScope, regionId: string, locationId: string, input: LocationDetails) {
  const before = await regionLocation(tx, regionId, locationId);
  const { municipalityName } = await assertLocationFits(tx, regionId, {
    providerId: before.providerId,
    municipalityCode: input.municipalityCode,
  });
  if ((input.hybridPlaces ?? 0) > before.capacity)
    throw new AppError("BAD_INPUT", {
      nl: `Een locatie met ${before.capacity} plekken heeft hoogstens ${before.capacity} hybride plekken.`,
      en: "A location has no more hybrid places than places.",
    });
  await tx
    .updateTable("locations")
    .set({
      name: input.name,
      municipality_code: input.municipalityCode,
      care_types: input.careTypes,
      expertise_tags: input.expertiseTags,
      age_min: input.ageMin,
      age_max: input.ageMax,
      intensity_band: input.intensityBand,
      hybrid_places: input.hybridPlaces ?? null,
      round_the_clock_support: input.roundTheClockSupport ?? null,
      updated_at: new Date(),
    })
    .where("region_id", "=", regionId)
    .where("id", "=", locationId)
    .execute();
  await writeAudit(tx, scope, {
    action: "update",
    entity: "location",
    entityId: locationId,
    regionId,
    details: { before: describe(before), after: describe({ ...input, municipalityName }) },
  });
  return { id: locationId };
}

/**
 * The region takes a location out of use (no new offers; children placed there stay, and the
 * provider keeps seeing it) or back into use.
 */
export async function setLocationActive(tx: Tx, scope: TenantScope, regionId: string, locationId: string, active: boolean) {
  const before = await regionLocation(tx, regionId, locationId);
  if (before.active === active) return { id: locationId, active };
  await tx
    .updateTable("locations")
    .set({ deactivated_at: active ? null : new Date(), updated_at: new Date() })
    .where("region_id", "=", regionId)
    .where("id", "=", locationId)
    .execute();
  await writeAudit(tx, scope, {
    action: "update",
    entity: "location",
    entityId: locationId,
    regionId,
    details: { before: { name: before.name, active: before.active }, after: { name: before.name, active } },
  });
  return { id: locationId, active };
}
