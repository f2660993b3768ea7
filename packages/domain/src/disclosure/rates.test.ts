import { describe, expect, it } from "vitest";
import { publishOccupancy, SMALL_LOCATION_PLACES } from "./locations.ts";
import { publishDifference, publishRate } from "./rates.ts";
import { publishCount } from "./rules.ts";

describe("publishRate", () => {
  it("divides the published (rounded) parts, not the true counts", () => {
    // Jeugdautoriteit, 31 March 2025: 408 young people in 526 places (77.6%); published: 410 / 525.
    const rate = publishRate(publishCount(408), publishCount(526));
    expect(rate).toEqual({ kind: "value", value: 410 / 525 });
    expect(rate.kind === "value" && rate.value).not.toBe(408 / 526);
  });

  it("hides a rate of which a part is hidden", () => {
    expect(publishRate(publishCount(3), publishCount(40))).toEqual({ kind: "suppressed", reason: "part-suppressed" });
    expect(publishRate(publishCount(40), publishCount(7))).toEqual({ kind: "suppressed", reason: "part-suppressed" });
    expect(publishRate({ kind: "value", value: 40 }, { kind: "suppressed", reason: "secondary" })).toEqual({
      kind: "suppressed",
      reason: "part-suppressed",
    });
  });

  it("has no rate over a published zero", () => {
    expect(publishRate(publishCount(0), publishCount(0))).toEqual({ kind: "suppressed", reason: "no-base" });
    expect(publishRate(publishCount(0), publishCount(20))).toEqual({ kind: "value", value: 0 });
  });

  it("derives differences from the published parts too", () => {
    expect(publishDifference(publishCount(526), publishCount(408))).toEqual({ kind: "value", value: 115 });
    expect(publishDifference(publishCount(20), publishCount(4))).toEqual({ kind: "suppressed", reason: "part-suppressed" });
  });
});

describe("publishOccupancy", () => {
  it("treats the places of a small location as children: 6 places, 6 occupied shows nothing", () => {
    expect(SMALL_LOCATION_PLACES).toBe(10);
    expect(publishOccupancy({ places: 6, occupied: 6 })).toEqual({
      places: { kind: "suppressed", reason: "small" },
      occupied: { kind: "suppressed", reason: "small" },
      free: { kind: "suppressed", reason: "part-suppressed" },
      rate: { kind: "suppressed", reason: "part-suppressed" },
    });
  });

  it("shows the places of a larger location, and its occupied places as a count of children", () => {
    expect(publishOccupancy({ places: 12, occupied: 11 })).toEqual({
      places: { kind: "value", value: 12 },
      occupied: { kind: "value", value: 10 },
      free: { kind: "value", value: 2 },
      rate: { kind: "value", value: 10 / 12 },
    });
    expect(publishOccupancy({ places: 24, occupied: 4 }).occupied).toEqual({ kind: "suppressed", reason: "small" });
    expect(publishOccupancy({ places: 24, occupied: 4 }).free).toEqual({ kind: "suppressed", reason: "part-suppressed" });
    expect(publishOccupancy({ places: 9, occupied: 0 }).places).toEqual({ kind: "suppressed", reason: "small" });
    expect(publishOccupancy({ places: 0, occupied: 0 }).rate).toEqual({ kind: "suppressed", reason: "no-base" });
  });
});
