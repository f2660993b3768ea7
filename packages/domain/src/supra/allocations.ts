import { AppError } from "../errors.ts";

/** Allocations of a pooled care type may not promise more places than the pool has. */
export function assertAllocationsFit(allocations: { places: number }[], poolCapacity: number): void {
  const total = allocations.reduce((sum, a) => sum + a.places, 0);
  if (allocations.some((a) => !Number.isInteger(a.places) || a.places < 0)) {
    throw new AppError("BAD_INPUT", {
      nl: "Een toewijzing is een heel aantal plekken, nul of meer.",
      en: "An allocation is a whole number of places, zero or more.",
    });
  }
  if (total > poolCapacity) {
    throw new AppError("BAD_INPUT", {
      nl: `De toewijzingen (${total} plekken) zijn meer dan de gedeelde capaciteit (${poolCapacity} plekken).`,
      en: `The allocations (${total} places) exceed the pooled capacity (${poolCapacity} places).`,
    });
  }
}

/** A new offer would take the region over its allocation: allowed only with a recorded reason. */
export function overAllocation(allocation: { allocated: number; used: number } | null): boolean {
  return allocation !== null && allocation.used + 1 > allocation.allocated;
}

/** Past its allocation a region records why, in at least this many characters (about a sentence). */
export const OVER_ALLOCATION_REASON_MIN_LENGTH = 10;

/**
 * The reason an offer records for going over the region's allocation: null within the allocation
 * (a reason given anyway is not kept), and past it the trimmed reason, refused when shorter than
 * OVER_ALLOCATION_REASON_MIN_LENGTH.
 */
export function overAllocationReason(over: boolean, reason: string | null | undefined): string | null {
  if (!over) return null;
  const text = (reason ?? "").trim();
  if (text.length < OVER_ALLOCATION_REASON_MIN_LENGTH) {
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Hiermee gaat de regio over haar toewijzing van gedeelde plekken: leg de reden vast (minstens een zin).",
      en: "This takes the region over its allocation of pooled places: record the reason.",
    });
  }
  return text;
}
