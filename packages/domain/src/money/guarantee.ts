import { assertWhole, mulDivRound } from "./cents.ts";
import { daysInPeriod, intersectPeriods, yearPeriod, type DatePeriod } from "./days.ts";

/*
 * The yearly guarantee settlement of the G7 (seeds/001 §4.3.2):
 *
 *   "De gemeenten spreken met aanbieders een garantiebedrag af: als de daadwerkelijke geleverde
 *   zorg op basis van de inspanningsgerichte financiering (met 10% leegstand meegenomen) boven het
 *   garantiebedrag uitkomt, dan is er geen verrekening. Als de totale vergoeding onder het
 *   garantiebedrag uitkomt, dan betalen de regio's het verschil aan de aanbieders. Verder betalen
 *   gemeenten voor 'eigen gebruik'. Jaarlijks zal het garantiebedrag opnieuw worden vastgesteld."
 *
 * How we read "met 10% leegstand meegenomen": the guarantee amount is what the guaranteed places
 * earn in a year at their tariff. The guarantee does not promise full beds: 10% vacancy stays the
 * provider's normal risk (the etmaal tariff is priced for it, §2.4: "de leegstand [wordt] in het
 * tarief verrekend"). So the delivered care is counted as its P x Q revenue PLUS the 10% vacancy
 * of the guarantee (10% of the guarantee amount), and compared with the guarantee amount:
 *
 *   counted    = P x Q revenue + 10% x guarantee
 *   settlement = guarantee - counted when that is positive, else 0  (= max(0, 90% x guarantee - P x Q))
 *
 * A provider whose beds were 90% or more occupied gets no settlement; below that the region tops
 * the revenue up to 90% of the guarantee. What the provider earns in all (P x Q, paid for "eigen
 * gebruik" as usual, plus the settlement) never falls when a bed is filled.
 *
 * Rejected reading: counted = P x Q / 0.9 (revenue grossed up to full occupancy). It gives the
 * same answer to "is there a settlement?", but the settlement G - P x Q / 0.9 makes the provider's
 * total income G - P x Q / 9 fall with every extra child placed below 90% occupancy: a fine for
 * filling a bed, which is not what a guarantee is for.
 */

/** The vacancy the guarantee leaves with the provider, in percent (seeds/001 §4.3.2). */
export const GUARANTEE_VACANCY_PERCENT = 10;

export interface GuaranteeSettlement {
  guaranteeCents: number;
  pxqCents: number;
  vacancyPercent: number;
  /** The vacancy counted as delivered: vacancyPercent of the guarantee. */
  vacancyCents: number;
  /** P x Q revenue plus the counted vacancy: what is compared with the guarantee. */
  countedCents: number;
  /** What the region pays the provider on top of P x Q: never negative. */
  settlementCents: number;
}

export function guaranteeSettlement(input: { guaranteeCents: number; pxqCents: number; vacancyPercent?: number }): GuaranteeSettlement {
  const vacancyPercent = input.vacancyPercent ?? GUARANTEE_VACANCY_PERCENT;
  assertWhole(input.guaranteeCents, "guarantee");
  assertWhole(input.pxqCents, "P x Q revenue");
  assertWhole(vacancyPercent, "vacancy percent");
  if (input.guaranteeCents < 0 || input.pxqCents < 0) throw new RangeError("money cannot be negative here");
  if (vacancyPercent < 0 || vacancyPercent >= 100) throw new RangeError("vacancy percent must be 0..99");
  const vacancyCents = mulDivRound(input.guaranteeCents, vacancyPercent, 100);
  const countedCents = assertWhole(input.pxqCents + vacancyCents, "counted revenue");
  return {
    guaranteeCents: input.guaranteeCents,
    pxqCents: input.pxqCents,
    vacancyPercent,
    vacancyCents,
    countedCents,
    settlementCents: Math.max(0, input.guaranteeCents - countedCents),
  };
}

/**
 * The guarantee that applies to one settlement year. The amount agreed is a yearly amount
 * ("jaarlijks ... vastgesteld"); a contract that covers only part of the year guarantees that part,
 * pro rata by days (a leap year has 366), rounded half up to the cent. Null when the contract does
 * not touch the year.
 */
export function guaranteeForYear(yearlyCents: number, contract: DatePeriod, year: number): { cents: number; period: DatePeriod } | null {
  assertWhole(yearlyCents, "guarantee");
  const whole = yearPeriod(year);
  const period = intersectPeriods(whole, contract);
  if (!period) return null;
  return { cents: mulDivRound(yearlyCents, daysInPeriod(period), daysInPeriod(whole)), period };
}
