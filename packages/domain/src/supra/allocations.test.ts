import { describe, expect, it } from "vitest";
import type { AppError } from "../errors.ts";
import { OVER_ALLOCATION_REASON_MIN_LENGTH, overAllocationReason } from "./allocations.ts";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as AppError).code;
  }
};

describe("overAllocationReason", () => {
  it("asks at least ten characters of reason past the allocation", () => {
    expect(OVER_ALLOCATION_REASON_MIN_LENGTH).toBe(10);
    expect(codeOf(() => overAllocationReason(true, "te kort  "))).toBe("ILLEGAL_TRANSITION");
    expect(codeOf(() => overAllocationReason(true, undefined))).toBe("ILLEGAL_TRANSITION");
    expect(codeOf(() => overAllocationReason(true, `  ${"x".repeat(9)}  `))).toBe("ILLEGAL_TRANSITION");
    expect(overAllocationReason(true, " Spoedmachtiging kinderrechter ")).toBe("Spoedmachtiging kinderrechter");
    expect(overAllocationReason(true, "x".repeat(10))).toBe("x".repeat(10));
  });

  it("keeps no reason within the allocation", () => {
    expect(overAllocationReason(false, undefined)).toBeNull();
    expect(overAllocationReason(false, "Toch een reden opgegeven")).toBeNull();
  });
});
