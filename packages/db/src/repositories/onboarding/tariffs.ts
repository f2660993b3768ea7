import { G7_INTENSITY_TARIFFS, type IntensityTariff, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";

/** The region's intensity tariff table in force; the G7 example until the region saves its own. */
export async function intensityTariffs(tx: Tx, regionId: string): Promise<{ validFrom: string | null; tariffs: IntensityTariff[] }> {
  const rows = await tx
    .selectFrom("intensity_tariffs")
    .selectAll()
    .where("region_id", "=", regionId)
    .where("valid_from", "=", (eb) =>
      eb
        .selectFrom("intensity_tariffs")
        .select((e) => e.fn.max("valid_from").as("v"))
        .where("region_id", "=", regionId),
    )
    .orderBy("band")
    .execute();
  if (rows.length === 0) return { validFrom: null, tariffs: G7_INTENSITY_TARIFFS };
  return {
    validFrom: rows[0]!.valid_from,
    tariffs: rows.map((r) => ({
      band: r.band,
      minHours: Number(r.min_hours),
      maxHours: Number(r.max_hours),
      tariffCents: r.tariff_cents,
    })),
  };
}

export async function saveIntensityTariffs(tx: Tx, scope: TenantScope, regionId: string, validFrom: string, tariffs: IntensityTariff[]) {
  const before = await intensityTariffs(tx, regionId);
  await tx.deleteFrom("intensity_tariffs").where("region_id", "=", regionId).where("valid_from", "=", validFrom).execute();
  await tx
    .insertInto("intensity_tariffs")
    .values(
      tariffs.map((t) => ({
        region_id: regionId,
        band: t.band,
        min_hours: t.minHours,
        max_hours: t.maxHours,
        tariff_cents: t.tariffCents,
        valid_from: validFrom,
      })),
    )
    .execute();
  await writeAudit(tx, scope, {
    action: "update",
    entity: "intensity_tariffs",
    entityId: validFrom,
    regionId,
    details: { before: before.tariffs, after: tariffs },
  });
}
