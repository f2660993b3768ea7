import { DEFAULT_PLACEMENT_POINT_SETTINGS, type PlacementPointSettings, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";

export async function getPlacementPointSettings(tx: Tx, regionId: string): Promise<PlacementPointSettings & { saved: boolean }> {
  const row = await tx.selectFrom("region_settings").selectAll().where("region_id", "=", regionId).executeTakeFirst();
  if (!row) return { ...DEFAULT_PLACEMENT_POINT_SETTINGS, saved: false };
  return {
    requiredDocuments: row.required_documents,
    offerResponseHours: row.offer_response_hours,
    crisisOfferResponseHours: row.crisis_offer_response_hours,
    crisisCapDays: row.crisis_cap_days,
    capacityFreshnessDays: row.capacity_freshness_days,
    careTypes: row.care_types,
    saved: true,
  };
}

export async function savePlacementPointSettings(tx: Tx, scope: TenantScope, regionId: string, settings: PlacementPointSettings) {
  const before = await getPlacementPointSettings(tx, regionId);
  const values = {
    required_documents: settings.requiredDocuments,
    offer_response_hours: settings.offerResponseHours,
    crisis_offer_response_hours: settings.crisisOfferResponseHours,
    crisis_cap_days: settings.crisisCapDays,
    capacity_freshness_days: settings.capacityFreshnessDays,
    care_types: settings.careTypes,
    updated_at: new Date(),
  };
  await tx
    .insertInto("region_settings")
    .values({ region_id: regionId, ...values })
    .onConflict((oc) => oc.column("region_id").doUpdateSet(values))
    .execute();
  const { saved: _saved, ...beforeValues } = before;
  await writeAudit(tx, scope, {
    action: "update",
    entity: "region_settings",
    entityId: regionId,
    regionId,
    details: { before: before.saved ? beforeValues : null, after: settings },
  });
}
