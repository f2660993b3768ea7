import { G7_INTENSITY_TARIFFS, type IntensityTariff } from "../onboarding/intensity.ts";
import { assertWhole } from "./cents.ts";
import { daysInPeriod, type DatePeriod } from "./days.ts";
import { tariffOfBand } from "./intensity.ts";

/** A contracted location as capacity financing sees it: its places and its band. */
export interface CapacityLine {
  places: number;
  band: string;
}

/**
 * Capacity financing ("capaciteitsbekostiging", seeds/000 and 002: development partners and core
 * providers get a yearly "garantiebudget" for the capacity they hold, whether or not it is used):
 * the budget is places x days of the period x the tariff per etmaal of the place's band, so the
 * same place costs the same under P x Q when it is full every day of the period.
 */
export function capacityBudget(
  lines: readonly CapacityLine[],
  period: DatePeriod,
  table: readonly IntensityTariff[] = G7_INTENSITY_TARIFFS,
) {
  const days = daysInPeriod(period);
  let cents = 0;
  let places = 0;
  for (const line of lines) {
    assertWhole(line.places, "places");
    if (line.places < 0) throw new RangeError("places cannot be negative");
    places += line.places;
    cents = assertWhole(cents + line.places * days * tariffOfBand(line.band, table), "capacity budget");
  }
  return { places, days, cents };
}
