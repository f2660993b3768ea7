import type { IntensityBand } from "../care-types.ts";
import { G7_INTENSITY_TARIFFS, type IntensityTariff } from "../onboarding/intensity.ts";
import { assertWhole } from "./cents.ts";
import { stayDaysInPeriod, type DatePeriod } from "./days.ts";
import { tariffOfBand } from "./intensity.ts";

/** One placement as money sees it: when it ran and the intensity band of its location (null: none recorded). */
export interface PricedStay {
  startsOn: string;
  endedOn: string | null;
  band: string | null;
}

export interface PxqCost {
  /** Etmalen inside the period that have a band, and what they cost. */
  days: number;
  cents: number;
  /** Etmalen of placements whose location has no intensity band: not priced, shown so the region can fix them. */
  unpricedDays: number;
  byBand: Partial<Record<IntensityBand, { days: number; cents: number }>>;
}

/**
 * P x Q ("inspanningsgericht"): the region pays per etmaal actually stayed. Per placement, the
 * days inside the period (see stayDaysInPeriod: first day in, leaving day out, nothing after
 * `asOf`) times the tariff per etmaal of its location's band. A band outside K..Z is refused.
 */
export function pxqCost(
  stays: readonly PricedStay[],
  period: DatePeriod,
  table: readonly IntensityTariff[] = G7_INTENSITY_TARIFFS,
  asOf?: string,
): PxqCost {
  const result: PxqCost = { days: 0, cents: 0, unpricedDays: 0, byBand: {} };
  for (const stay of stays) {
    const days = stayDaysInPeriod(stay, period, asOf);
    if (days === 0) continue;
    if (stay.band === null) {
      result.unpricedDays += days;
      continue;
    }
    const tariff = tariffOfBand(stay.band, table);
    const cents = assertWhole(days * tariff, "P x Q cost");
    const band = stay.band as IntensityBand;
    const sum = result.byBand[band] ?? { days: 0, cents: 0 };
    result.byBand[band] = { days: sum.days + days, cents: sum.cents + cents };
    result.days += days;
    result.cents = assertWhole(result.cents + cents, "P x Q cost");
  }
  return result;
}
