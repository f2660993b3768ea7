import { suppressed, value, type Published } from "./published.ts";

/**
 * Money cells (spending, tariffs times volume) tell about providers, not children: the risk is that a
 * total is really one provider's turnover. Two rules, the usual (n, k) dominance rule:
 */

/** Fewer than three providers: with two, each can subtract its own share and learn the other's. */
export const MIN_PROVIDERS_PER_MONEY_CELL = 3;

/**
 * One provider giving more than 85% of a cell: the total is then that provider's figure give or take
 * a sixth, which is as good as publishing it.
 */
export const DOMINANCE_SHARE = 0.85;

/**
 * A money cell hidden by the dominance rule must not be derivable from published totals to within
 * this share of its value either way; secondary suppression keeps enough other cells hidden.
 */
export const MONEY_PROTECTION_SHARE = 0.2;

export interface Contribution {
  providerId: string;
  amount: number;
}

/** The amounts per provider (a provider with several contracts counts once), positive ones only. */
function perProvider(contributions: Contribution[]): number[] {
  const totals = new Map<string, number>();
  for (const { providerId, amount } of contributions) {
    if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`An amount is zero or more, not ${amount}.`);
    totals.set(providerId, (totals.get(providerId) ?? 0) + amount);
  }
  return [...totals.values()].filter((amount) => amount > 0);
}

/** True when a money cell would show a provider's own figure. An empty cell (nobody, zero) is not. */
export function isDominated(contributions: Contribution[]): boolean {
  const amounts = perProvider(contributions);
  if (amounts.length === 0) return false;
  if (amounts.length < MIN_PROVIDERS_PER_MONEY_CELL) return true;
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  return Math.max(...amounts) > DOMINANCE_SHARE * total;
}

/** A money cell as it may leave the region on its own (before secondary suppression). */
export function publishMoney(contributions: Contribution[]): Published {
  if (isDominated(contributions)) return suppressed("dominance");
  return value(perProvider(contributions).reduce((sum, amount) => sum + amount, 0));
}
