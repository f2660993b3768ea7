import { suppressed, value, type Published } from "./published.ts";

/**
 * A rate (occupancy, out-of-region share) computed from the PUBLISHED parts, never from the true
 * counts: a rate from true counts next to rounded parts would tell the reader the unrounded
 * numerator. A rate of which a part is hidden is hidden too.
 */
export function publishRate(numerator: Published, denominator: Published): Published {
  if (numerator.kind === "suppressed" || denominator.kind === "suppressed") return suppressed("part-suppressed");
  if (denominator.value === 0) return suppressed("no-base");
  return value(numerator.value / denominator.value);
}

/** The same difference rule: a derived count (free places = places - occupied) from published parts only. */
export function publishDifference(minuend: Published, subtrahend: Published): Published {
  if (minuend.kind === "suppressed" || subtrahend.kind === "suppressed") return suppressed("part-suppressed");
  return value(minuend.value - subtrahend.value);
}
