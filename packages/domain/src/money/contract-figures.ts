import type { IntensityTariff } from "../onboarding/intensity.ts";
import { capacityBudget } from "./capacity.ts";
import { intersectPeriods, yearPeriod, type DatePeriod } from "./days.ts";
import { guaranteeForYear } from "./guarantee.ts";
import { pxqCost, type PricedStay } from "./pxq.ts";

/** A contracted location as the year's figures see it: its places and band (null: none recorded). */
export interface ContractedPlaces {
  places: number;
  band: string | null;
}

export interface ContractYearFigures {
  period: DatePeriod;
  /** P x Q: the etmalen stayed in the period (up to today) at their band's tariff. */
  placementDays: number;
  unpricedDays: number;
  pxqCents: number;
  /** Capacity: the provider's places in the region for every day of the period at their band's tariff. */
  places: number;
  placesWithoutBand: number;
  capacityBudgetCents: number;
  /** The guarantee for the period (pro rata of the yearly amount), when the contract has one. */
  guaranteeCents: number | null;
}

/**
 * One contract's money in one year, whatever its financing form, so a region compares them side
 * by side: what the stays cost under P x Q, what the provider's places cost under capacity
 * financing, and the guarantee. Null when the contract does not touch the year.
 */
export function contractYearFigures(input: {
  contract: DatePeriod & { guaranteeAmountCents: number | null };
  year: number;
  stays: readonly PricedStay[];
  locations: readonly ContractedPlaces[];
  table?: readonly IntensityTariff[];
  asOf?: string;
}): ContractYearFigures | null {
  const period = intersectPeriods(yearPeriod(input.year), input.contract);
  if (!period) return null;
  const cost = pxqCost(input.stays, period, input.table, input.asOf);
  const banded = input.locations.filter((l): l is { places: number; band: string } => l.band !== null);
  const capacity = capacityBudget(banded, period, input.table);
  const guarantee =
    input.contract.guaranteeAmountCents === null ? null : guaranteeForYear(input.contract.guaranteeAmountCents, input.contract, input.year);
  return {
    period,
    placementDays: cost.days,
    unpricedDays: cost.unpricedDays,
    pxqCents: cost.cents,
    places: capacity.places,
    placesWithoutBand: input.locations.filter((l) => l.band === null).reduce((n, l) => n + l.places, 0),
    capacityBudgetCents: capacity.cents,
    guaranteeCents: guarantee?.cents ?? null,
  };
}
