import { AppError, type LocationRow, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";

/** What a new location consists of: the same shape the CSV import validates. */
export type LocationInput = LocationRow;

/** A location belongs to a provider contracted by the region, in one of the region's municipalities. */
export async function assertLocationFits(tx: Tx, regionId: string, input: Pick<LocationInput, "providerId" | "municipalityCode">) {
  const [contract, municipality] = await Promise.all([
    tx
      .selectFrom("contracts")
      .select("id")
      .where("region_id", "=", regionId)
      .where("provider_id", "=", input.providerId)
      .executeTakeFirst(),
    tx
      .selectFrom("municipalities")
      .select("code")
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
  await assertLocationFits(tx, regionId, input);
  const [id] = await insertLocations(tx, regionId, [input]);
  await writeAudit(tx, scope, { action: "create", entity: "location", entityId: id!, regionId, details: { after: input } });
  return { id: id! };
}
