import { AppError } from "../errors.ts";
import { addMonths, kpiPeriod, monthCount, monthOf } from "../kpi/months.ts";
import { assertWhole } from "../money/cents.ts";
import { tariffOfBand } from "../money/intensity.ts";
import { DECLINE_REASONS, type DeclineReason } from "../placement/offers.ts";

/** A provider's figures cover at most a year at a time (one page: its regions times these months). */
export const PROVIDER_FIGURES_MAX_MONTHS = 12;

export interface FigureMonths {
  from: string;
  to: string;
  /** The first day of `from` and of the month after `to`: the half-open range the database counts in. */
  firstDay: string;
  nextFirstDay: string;
}

/**
 * The months asked, checked: real months, none in the future, `from` not after `to`, at most a
 * year. Without `to`: this month; without `from`: the year up to `to`.
 */
export function figureMonths(fromAsked: string | undefined, toAsked: string | undefined, now: Date): FigureMonths {
  const to = toAsked ?? monthOf(now);
  const last = kpiPeriod(to, now);
  const from = fromAsked ?? addMonths(to, 1 - PROVIDER_FIGURES_MAX_MONTHS);
  kpiPeriod(from, now);
  if (from > to)
    throw new AppError("BAD_INPUT", {
      nl: `De eerste maand (${from}) ligt na de laatste (${to}).`,
      en: `The first month (${from}) is after the last (${to}).`,
    });
  if (monthCount(from, to) > PROVIDER_FIGURES_MAX_MONTHS)
    throw new AppError("BAD_INPUT", {
      nl: `Kies hoogstens ${PROVIDER_FIGURES_MAX_MONTHS} maanden tegelijk (bijvoorbeeld ${addMonths(to, 1 - PROVIDER_FIGURES_MAX_MONTHS)} tot en met ${to}).`,
      en: `Choose at most ${PROVIDER_FIGURES_MAX_MONTHS} months at a time.`,
    });
  return { from, to, firstDay: `${from}-01`, nextFirstDay: last.nextFirstDay };
}

/** What the database counts per region and month for one provider (its own offers, placements and locations). */
export interface RawProviderFigures {
  regionId: string;
  regionName: string;
  month: string;
  offersReceived: number;
  accepted: number;
  declined: number;
  declinesByReason: Partial<Record<string, number>>;
  /** Median hours from sending to answering of the offers answered in the month; null without answers. */
  responseHoursMedian: number | null;
  placementsStarted: number;
  placementsEnded: number;
  occupiedDays: number;
  capacityDays: number;
  /** Etmalen of the region's placements with the provider in the month, per band, with the region's tariff (null: none recorded). */
  staysByBand: { band: string | null; days: number; tariffCents: number | null }[];
}

export interface ProviderFigures {
  regionId: string;
  regionName: string;
  month: string;
  offersReceived: number;
  accepted: number;
  declined: number;
  declinesByReason: Record<DeclineReason, number>;
  responseHoursMedian: number | null;
  placementsStarted: number;
  placementsEnded: number;
  /** Occupied place-days over available place-days of its locations in the region; null without places or without any occupied day. */
  occupancy: number | null;
  occupiedDays: number;
  capacityDays: number;
  /** P x Q: etmalen with a band times the region's tariff for it (the national G7 table where the region has none). */
  pxqDays: number;
  pxqCents: number;
  unpricedDays: number;
}

/**
 * One region-month of a provider's figures from the database's counts: every decline reason
 * present (0 when none), occupancy as a share (empty, not 0, when nothing was occupied: as the
 * region's KPI), and the money of the month in whole cents.
 */
export function shapeProviderFigures(raw: RawProviderFigures): ProviderFigures {
  const declinesByReason = Object.fromEntries(DECLINE_REASONS.map((r) => [r, raw.declinesByReason[r] ?? 0])) as Record<
    DeclineReason,
    number
  >;
  let pxqDays = 0;
  let pxqCents = 0;
  let unpricedDays = 0;
  for (const stay of raw.staysByBand) {
    if (stay.band === null) {
      unpricedDays += stay.days;
      continue;
    }
    const tariff = stay.tariffCents ?? tariffOfBand(stay.band);
    pxqDays += stay.days;
    pxqCents = assertWhole(pxqCents + assertWhole(stay.days * tariff, "P x Q"), "P x Q");
  }
  return {
    regionId: raw.regionId,
    regionName: raw.regionName,
    month: raw.month,
    offersReceived: raw.offersReceived,
    accepted: raw.accepted,
    declined: raw.declined,
    declinesByReason,
    responseHoursMedian: raw.responseHoursMedian === null ? null : Math.round(raw.responseHoursMedian * 10) / 10,
    placementsStarted: raw.placementsStarted,
    placementsEnded: raw.placementsEnded,
    occupancy: raw.capacityDays > 0 && raw.occupiedDays > 0 ? raw.occupiedDays / raw.capacityDays : null,
    occupiedDays: raw.occupiedDays,
    capacityDays: raw.capacityDays,
    pxqDays,
    pxqCents,
    unpricedDays,
  };
}
