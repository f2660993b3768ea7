/** KvK number: exactly 8 digits. */
export function isValidKvk(value: string): boolean {
  return /^\d{8}$/.test(value);
}

/** AGB code: exactly 8 digits (2-digit zorgsoort prefix + 6 digits). */
export function isValidAgb(value: string): boolean {
  return /^\d{8}$/.test(value);
}

/** CBS gemeentecode as used in iJw and CBS open data: "GM" + 4 digits. */
export function isValidGemeentecode(value: string): boolean {
  return /^GM\d{4}$/.test(value);
}

/**
 * BSN 11-proef: digits 1..8 weighted 9..2, digit 9 weighted -1, sum divisible by 11.
 * 8-digit numbers get a leading zero. An all-zero number is not a BSN.
 */
/**
 * The government's test numbers (they start with 99999, e.g. 999990019) pass the 11-proef but
 * belong to no one: accepted only where the platform runs as a demo or test.
 */
export function isTestBsn(value: string): boolean {
  return value.trim().padStart(9, "0").startsWith("99999");
}

export function isValidBsn(value: string): boolean {
  const digits = value.trim();
  if (!/^\d{8,9}$/.test(digits)) return false;
  const bsn = digits.padStart(9, "0");
  if (bsn === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}
