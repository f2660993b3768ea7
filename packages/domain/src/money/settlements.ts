import { AppError } from "../errors.ts";

/**
 * A settlement is computed by the worker at someone's request and approved by another region
 * admin (four eyes). A recomputation replaces a computed settlement; an approved one never changes.
 */
export const SETTLEMENT_STATUSES = ["computed", "approved"] as const;
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];
export const SETTLEMENT_STATUS_LABELS: Record<SettlementStatus, { nl: string; en: string }> = {
  computed: { nl: "Berekend, wacht op goedkeuring", en: "Computed, awaiting approval" },
  approved: { nl: "Goedgekeurd", en: "Approved" },
};

/** The first year the platform settles (guarantee budgets start with the 2026 contracts). */
export const FIRST_SETTLEMENT_YEAR = 2020;

/** A settlement year that has begun: the current year gives a provisional figure up to today; a future year is refused. */
export function validateSettlementYear(year: number, today: string): void {
  const current = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_SETTLEMENT_YEAR)
    throw new AppError("BAD_INPUT", {
      nl: `Kies een jaar vanaf ${FIRST_SETTLEMENT_YEAR}.`,
      en: `Choose a year from ${FIRST_SETTLEMENT_YEAR} on.`,
    });
  if (year > current)
    throw new AppError("BAD_INPUT", {
      nl: `${year} is nog niet begonnen: een garantieafrekening gaat over zorg die geleverd is.`,
      en: `${year} has not started: a guarantee settlement is about care that was delivered.`,
    });
}

/**
 * There is nothing to settle in a year without a contract with a guarantee amount. Placements
 * belong to a provider, not to one of its contracts, so two guarantee contracts of one provider
 * whose periods overlap would count the same etmalen twice: refused until one is ended.
 */
export function requireGuaranteeContracts(
  year: number,
  contracts: readonly { providerId: string; providerName: string; startsOn: string; endsOn: string }[],
): void {
  if (contracts.length === 0)
    throw new AppError("BAD_INPUT", {
      nl: `Er is in ${year} geen bevestigd contract met een garantiebudget en een garantiebedrag: er valt niets af te rekenen.`,
      en: `There is no confirmed contract with a guarantee budget and amount in ${year}: there is nothing to settle.`,
    });
  for (const [i, a] of contracts.entries()) {
    const clash = contracts.slice(i + 1).find((b) => b.providerId === a.providerId && a.startsOn <= b.endsOn && b.startsOn <= a.endsOn);
    if (clash)
      throw new AppError("CONFLICT", {
        nl: `${a.providerName} heeft in ${year} twee garantiecontracten die elkaar overlappen: beëindig er één, anders tellen dezelfde etmalen twee keer.`,
        en: `${a.providerName} has two overlapping guarantee contracts in ${year}: end one, or the same days would count twice.`,
      });
  }
}

/**
 * Four eyes: who asked for the computation may not approve it, and an approved settlement stays
 * as it is. (The database holds the same rule: approved_by <> requested_by.)
 */
export function validateApproval(settlement: { status: SettlementStatus; requestedBy: string }, approverId: string): void {
  if (settlement.status === "approved")
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Deze afrekening is al goedgekeurd.",
      en: "This settlement has already been approved.",
    });
  if (settlement.requestedBy === approverId)
    throw new AppError("FORBIDDEN", {
      nl: "Je hebt deze berekening zelf aangevraagd. Een andere regiobeheerder keurt haar goed (vier ogen).",
      en: "You requested this computation yourself. Another region admin approves it (four eyes).",
    });
}
