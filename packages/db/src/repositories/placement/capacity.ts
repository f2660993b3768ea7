import { sql } from "kysely";
import { AppError, type TenantScope } from "@jeugdregie/domain";
import { keysetPage, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";
import { lockLocation, occupancyOf } from "./candidates.ts";

const notYourLocation = {
  nl: "Deze locatie bestaat niet (of is niet van jouw organisatie).",
  en: "This location does not exist (or is not yours).",
};

/**
 * A provider confirms or corrects one of its locations' capacity through the database's narrow
 * function (capacity and confirmation time only). It can't drop below who is there or reserved.
 */
export async function confirmCapacity(tx: Tx, scope: TenantScope, locationId: string, capacity: number) {
  // Only a provider confirms its own places; any other scope has no location to find.
  if (!scope.providerId) throw new AppError("NOT_FOUND", notYourLocation);
  const location = await tx
    .selectFrom("locations")
    .select(["region_id", "capacity", "name"])
    .where("id", "=", locationId)
    .where("provider_id", "=", scope.providerId)
    .executeTakeFirst();
  if (!location) throw new AppError("NOT_FOUND", notYourLocation);
  // The reservation lock: no offer takes a place between this count and the change.
  await lockLocation(tx, locationId);
  const { occupied, reserved } = await occupancyOf(tx, locationId);
  if (capacity < occupied + reserved) {
    throw new AppError("BAD_INPUT", {
      nl: `Er zijn nu ${occupied + reserved} plekken bezet of gereserveerd; de capaciteit kan niet lager zijn.`,
      en: `${occupied + reserved} places are occupied or reserved now; capacity cannot be lower.`,
    });
  }
  const { rows } = await sql<{ location_region: string; capacity_before: number }>`
    select * from app.confirm_capacity(${locationId}, ${capacity})`
    .execute(tx)
    .catch((error: unknown) => {
      throw mapConstraintError(error, {
        P0002: { ...notYourLocation, code: "NOT_FOUND" },
        "22023": { nl: "Vul een aantal plekken van 0 tot 500 in.", en: "Enter a number of places from 0 to 500.", code: "BAD_INPUT" },
        capacity_not_below_in_use: {
          nl: "Er zijn intussen meer plekken bezet of gereserveerd; de capaciteit kan niet lager zijn.",
          en: "More places are occupied or reserved now; capacity cannot be lower.",
          code: "BAD_INPUT",
        },
      });
    });
  const before = rows[0]!.capacity_before;
  await writeAudit(tx, scope, {
    action: "update",
    entity: "location",
    entityId: locationId,
    regionId: location.region_id,
    organisation: scope.providerId,
    details: { before: { capacity: before }, after: { capacity } },
  });
  return { regionId: location.region_id, increased: capacity > before };
}

/**
 * A provider confirms the capacity of several of its locations at once: all in one transaction,
 * so either every location is confirmed or (one refused) none is.
 */
export async function confirmCapacities(tx: Tx, scope: TenantScope, capacities: { locationId: string; capacity: number }[]) {
  const results = [];
  for (const { locationId, capacity } of capacities) {
    try {
      results.push(await confirmCapacity(tx, scope, locationId, capacity));
    } catch (error) {
      // Among many locations, say which one could not be confirmed (a foreign one stays "not found").
      if (!(error instanceof AppError) || error.code !== "BAD_INPUT") throw error;
      const name = (await tx.selectFrom("locations").select("name").where("id", "=", locationId).executeTakeFirst())?.name;
      throw new AppError("BAD_INPUT", { nl: `${name}: ${error.message}`, en: `${name}: ${error.messageEn}` });
    }
  }
  return { confirmed: results.length, increasedRegionIds: [...new Set(results.filter((r) => r.increased).map((r) => r.regionId))] };
}

/** The provider's own locations in use (under confirmed contracts) with live occupancy, freshness and anticipated vacancies. */
export async function providerCapacity(tx: Tx, providerId: string, page: PageRequest = {}) {
  const query = tx
    // occupied/reserved are the counts kept on the location row (migration 0020), readable here because
    // these are the provider's own rows: no per-row app.location_occupancy call before the page is cut
    .selectFrom(["locations as l", "regions as r"])
    .select([
      "l.id",
      "l.name",
      "r.name as region_name",
      "l.capacity",
      "l.capacity_confirmed_at",
      "l.occupied",
      "l.reserved",
      sql<string[] | null>`(select array_agg(p.planned_end_on::text order by p.planned_end_on) from placements p
         where p.location_id = l.id and p.ended_on is null and p.planned_end_on is not null)`.as("planned_ends"),
    ])
    .whereRef("r.id", "=", "l.region_id")
    .where("l.provider_id", "=", providerId)
    .where("l.deactivated_at", "is", null)
    .where(
      sql<boolean>`exists (select 1 from contracts c where c.region_id = l.region_id and c.provider_id = l.provider_id and c.status = 'confirmed')`,
    );
  const keys = [
    { expr: sql`r.name`, type: "text" as const },
    { expr: sql`l.name`, type: "text" as const },
    { expr: sql`l.id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "asc", page);
  return { items: items.map((r) => ({ ...r, planned_ends: r.planned_ends ?? [] })), nextCursor };
}
