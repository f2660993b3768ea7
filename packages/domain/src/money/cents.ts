/*
 * Money is integer cents everywhere. Products of cents and days stay far below 2^53 for any
 * region's year (a million etmalen at EUR 1,203.95 is 1.2e11 cents), but every result is checked
 * so an overflow is an error, never a silently rounded euro.
 */

/** Throws unless `value` is a whole, safe number of cents (or days, or places). */
export function assertWhole(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} is not a whole number within range: ${value}`);
  return value;
}

/**
 * `value * numerator / denominator`, rounded half up (away from zero for halves), in integers:
 * the one rounding rule of the money module (a guarantee pro rata, a vacancy share).
 */
export function mulDivRound(value: number, numerator: number, denominator: number): number {
  assertWhole(value, "value");
  assertWhole(numerator, "numerator");
  assertWhole(denominator, "denominator");
  if (denominator <= 0) throw new RangeError("denominator must be positive");
  const product = BigInt(value) * BigInt(numerator);
  const sign = product < 0n ? -1n : 1n;
  const magnitude = product * sign;
  const d = BigInt(denominator);
  const rounded = (magnitude * 2n + d) / (2n * d);
  return assertWhole(Number(rounded * sign), "result");
}
