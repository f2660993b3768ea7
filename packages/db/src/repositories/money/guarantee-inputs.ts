import { sql } from "kysely";
import { G7_INTENSITY_TARIFFS, type DatePeriod, type IntensityTariff, type PricedStay } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";

export interface GuaranteeContract {
  contractId: string;
  providerId: string;
  providerName: string;
  startsOn: string;
  endsOn: string;
  guaranteeAmountCents: number;
}

/** The region's confirmed guarantee-budget contracts with an amount that touch the year. */
export async function guaranteeContractsInYear(tx: Tx, regionId: string, year: number): Promise<GuaranteeContract[]> {
  const rows = await tx
    .selectFrom("contracts as c")
    .innerJoin("providers as p", "p.id", "c.provider_id")
    .select(["c.id", "c.provider_id", "p.name", "c.starts_on", "c.ends_on", "c.guarantee_amount_cents"])
    .where("c.region_id", "=", regionId)
    .where("c.status", "=", "confirmed")
    .where("c.financing_form", "=", "guarantee_budget")
    .where("c.guarantee_amount_cents", "is not", null)
    .where("c.starts_on", "<=", `${year}-12-31`)
    .where("c.ends_on", ">=", `${year}-01-01`)
    .orderBy("p.name")
    .orderBy("c.starts_on")
    .execute();
  return rows.map((r) => ({
    contractId: r.id,
    providerId: r.provider_id,
    providerName: r.name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    guaranteeAmountCents: Number(r.guarantee_amount_cents),
  }));
}

/**
 * The region's placements at one provider that touch the period, with their location's band:
 * through app.settlement_stays, because a placement out of the region is at a location the
 * region cannot read. Dates and a band only.
 */
export async function settlementStays(tx: Tx, regionId: string, providerId: string, period: DatePeriod): Promise<PricedStay[]> {
  const { rows } = await sql<{ starts_on: string; ended_on: string | null; intensity_band: string | null }>`
    select starts_on, ended_on, intensity_band
    from app.settlement_stays(${regionId}::uuid, ${providerId}::uuid, ${period.startsOn}::date, ${period.endsOn}::date)`.execute(tx);
  return rows.map((r) => ({ startsOn: r.starts_on, endedOn: r.ended_on, band: r.intensity_band }));
}

/**
 * The tariff table for a settlement year: the region's table in force at the end of the year
 * (the latest saved from before 1 January of the next year), else the G7 example the region
 * started from. A tariff change during the year is not split over the days.
 */
export async function intensityTariffsForYear(tx: Tx, regionId: string, year: number): Promise<IntensityTariff[]> {
  const yearEnd = `${year}-12-31`;
  const rows = await tx
    .selectFrom("intensity_tariffs")
    .select(["band", "min_hours", "max_hours", "tariff_cents"])
    .where("region_id", "=", regionId)
    .where("valid_from", "=", (eb) =>
      eb
        .selectFrom("intensity_tariffs")
        .select((e) => e.fn.max("valid_from").as("v"))
        .where("region_id", "=", regionId)
        .where("valid_from", "<=", yearEnd),
    )
    .orderBy("band")
    .execute();
  if (rows.length === 0) return G7_INTENSITY_TARIFFS;
  return rows.map((r) => ({ band: r.band, minHours: Number(r.min_hours), maxHours: Number(r.max_hours), tariffCents: r.tariff_cents }));
}
