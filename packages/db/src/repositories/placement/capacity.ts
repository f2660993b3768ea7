import { sql } from "kysely";
import { AppError, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";

/** A provider (or the region) confirms or corrects a location's capacity; it can't drop below who is there. */
export async function confirmCapacity(tx: Tx, scope: TenantScope, locationId: string, capacity: number) {
  const location = await tx
    .selectFrom("locations")
    .select(["region_id", "capacity", "name"])
    .where("id", "=", locationId)
    .executeTakeFirst();
  if (!location)
    throw new AppError("NOT_FOUND", {
      nl: "Deze locatie bestaat niet (of is niet van jouw organisatie).",
      en: "This location does not exist (or is not yours).",
    });
  const { rows } = await sql<{ occupied: number; reserved: number }>`select * from app.location_occupancy(${locationId})`.execute(tx);
  const inUse = (rows[0]?.occupied ?? 0) + (rows[0]?.reserved ?? 0);
  if (capacity < inUse) {
    throw new AppError("BAD_INPUT", {
      nl: `Er zijn nu ${inUse} plekken bezet of gereserveerd; de capaciteit kan niet lager zijn.`,
      en: `${inUse} places are occupied or reserved now; capacity cannot be lower.`,
    });
  }
  const updated = await tx
    .updateTable("locations")
    .set({ capacity, capacity_confirmed_at: new Date(), updated_at: new Date() })
    .where("id", "=", locationId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw new AppError("FORBIDDEN", {
      nl: "Je mag de capaciteit van deze locatie niet wijzigen.",
      en: "You may not change this location's capacity.",
    });
  await writeAudit(tx, scope, {
    action: "update",
    entity: "location",
    entityId: locationId,
    regionId: location.region_id,
    organisation: scope.providerId,
    details: { before: { capacity: location.capacity }, after: { capacity } },
  });
  return { regionId: location.region_id, increased: capacity > location.capacity };
}

/** The provider's own locations (under confirmed contracts) with live occupancy, freshness and anticipated vacancies. */
export async function providerCapacity(tx: Tx, providerId: string) {
  const { rows } = await sql<{
    id: string;
    name: string;
    region_name: string;
    capacity: number;
    capacity_confirmed_at: Date | null;
    occupied: number;
    reserved: number;
    planned_ends: string[] | null;
  }>`
    select l.id, l.name, r.name as region_name, l.capacity, l.capacity_confirmed_at, o.occupied, o.reserved,
      (select array_agg(p.planned_end_on::text order by p.planned_end_on) from placements p
         where p.location_id = l.id and p.ended_on is null and p.planned_end_on is not null) as planned_ends
    from locations l join regions r on r.id = l.region_id cross join lateral app.location_occupancy(l.id) o
    where l.provider_id = ${providerId}
      and exists (select 1 from contracts c where c.region_id = l.region_id and c.provider_id = l.provider_id and c.status = 'confirmed')
    order by r.name, l.name`.execute(tx);
  return rows.map((r) => ({ ...r, planned_ends: r.planned_ends ?? [] }));
}
