import { suppressed, value, type Published } from "./published.ts";

/**
 * Counts of children below this are never shown: one to nine children in a region, a location or a
 * flow between two regions can be people someone knows (a class, a street, a news item).
 */
export const SMALL_COUNT_THRESHOLD = 10;

/**
 * Every other count is rounded to a multiple of five, as CBS StatLine publishes youth-care counts,
 * so that differences between published figures (two regions, two releases) do not give single
 * children away.
 */
export const ROUNDING_BASE = 5;

/** How far a published rounded count can be from the true count: half the base, rounded down. */
export const ROUNDING_MARGIN = Math.floor(ROUNDING_BASE / 2);

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A count is a whole number of zero or more, not ${count}.`);
}

/**
 * The nearest multiple of the base. A whole count has no tie with base 5 (remainder 1-2 rounds
 * down, 3-4 up: 12 -> 10, 13 -> 15); the rule is deterministic on purpose: rounding at random
 * would let two releases of the same true count be averaged back to it.
 */
export function roundCount(count: number): number {
  assertCount(count);
  return Math.floor((count + ROUNDING_MARGIN) / ROUNDING_BASE) * ROUNDING_BASE;
}

/** True when a count is too small to show: 1..9 children. Zero is shown as 0: nobody is in it. */
export function isSmallCount(count: number): boolean {
  assertCount(count);
  return count > 0 && count < SMALL_COUNT_THRESHOLD;
}

/** A count of children as it may leave the region on its own (before secondary suppression). */
export function publishCount(count: number): Published {
  if (isSmallCount(count)) return suppressed("small");
  return value(roundCount(count));
}
