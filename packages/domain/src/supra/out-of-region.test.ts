import { describe, expect, it } from "vitest";
import type { AppError } from "../errors.ts";
import { assertMayDecide, DEFAULT_FRAMEWORK, inRegionSummary, validateJustification } from "./out-of-region.ts";

const errorOf = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e) {
    return e as AppError;
  }
};

describe("geen kind de regio uit", () => {
  it("needs a known criterion with evidence", () => {
    expect(errorOf(() => validateJustification(DEFAULT_FRAMEWORK, { criteria: [], evidence: {} }))?.message).toMatch(
      /minstens één criterium/,
    );
    expect(errorOf(() => validateJustification(DEFAULT_FRAMEWORK, { criteria: ["weather"], evidence: {} }))?.message).toMatch(
      /geen criterium/,
    );
    expect(
      errorOf(() => validateJustification(DEFAULT_FRAMEWORK, { criteria: ["safety"], evidence: { safety: "kort" } }))?.message,
    ).toMatch(/Onderbouw "Veiligheid"/);
    expect(
      errorOf(() =>
        validateJustification(DEFAULT_FRAMEWORK, {
          criteria: ["safety"],
          evidence: { safety: "Dader woont in de straat; eerder weggelopen naar hem." },
        }),
      ),
    ).toBeNull();
  });

  it("requires a second person and the framework's approver", () => {
    const pending = { createdBy: "u1", status: "pending" };
    expect(errorOf(() => assertMayDecide(DEFAULT_FRAMEWORK, pending, { userId: "u1", role: "placement_coordinator" }))?.message).toMatch(
      /eigen afweging/,
    );
    expect(errorOf(() => assertMayDecide(DEFAULT_FRAMEWORK, pending, { userId: "u2", role: "placement_coordinator" }))).toBeNull();
    expect(errorOf(() => assertMayDecide(DEFAULT_FRAMEWORK, pending, { userId: "u2", role: "referrer" }))?.code).toBe("FORBIDDEN");
    const supraOnly = { ...DEFAULT_FRAMEWORK, approver: "supra_coordinator" as const };
    expect(errorOf(() => assertMayDecide(supraOnly, pending, { userId: "u2", role: "placement_coordinator" }))?.message).toMatch(
      /bovenregionaal/,
    );
    expect(
      errorOf(() => assertMayDecide(supraOnly, { ...pending, status: "approved" }, { userId: "u3", role: "supra_coordinator" }))?.code,
    ).toBe("ILLEGAL_TRANSITION");
  });

  it("says why the in-region options were not taken", () => {
    expect(inRegionSummary([{ blockers: ["full"] }], 0, "jeugdzorgplus")).toBe("In de eigen regio: 1 locatie is vol.");
    expect(inRegionSummary([], 0, "jeugdzorgplus")).toMatch(/Geen locaties/);
  });
});

describe("allocations", () => {
  it("never promise more than the pool and flag a region going over", async () => {
    const { assertAllocationsFit, overAllocation } = await import("./allocations.ts");
    expect(errorOf(() => assertAllocationsFit([{ places: 10 }, { places: 6 }], 15))?.message).toMatch(
      /16 plekken\) zijn meer dan de gedeelde capaciteit \(15/,
    );
    expect(errorOf(() => assertAllocationsFit([{ places: -1 }], 15))?.code).toBe("BAD_INPUT");
    expect(errorOf(() => assertAllocationsFit([{ places: 10 }, { places: 5 }], 15))).toBeNull();
    expect(overAllocation({ allocated: 2, used: 1 })).toBe(false);
    expect(overAllocation({ allocated: 2, used: 2 })).toBe(true);
    expect(overAllocation(null)).toBe(false);
  });
});

describe("capacity negotiations", () => {
  it("go in turns: open, counter, accept; closed ones stay closed", async () => {
    const { respond, validateNegotiationOpening } = await import("./negotiations.ts");
    expect(
      errorOf(() =>
        validateNegotiationOpening({
          places: 2,
          periodStart: "2027-01-01",
          periodEnd: "2026-12-31",
          pooledCareTypes: ["jeugdzorgplus"],
          careType: "jeugdzorgplus",
        }),
      )?.message,
    ).toMatch(/eindigt voordat/);
    expect(
      errorOf(() =>
        validateNegotiationOpening({
          places: 2,
          periodStart: "2027-01-01",
          periodEnd: "2027-12-31",
          pooledCareTypes: ["jeugdzorgplus"],
          careType: "gezinshuis",
        }),
      )?.message,
    ).toMatch(/niet gedeeld/);
    let state = { status: "open" as const, places: 2, lastMove: "opener" as const } as Parameters<typeof respond>[0];
    expect(errorOf(() => respond(state, "opener", "accept"))?.message).toMatch(/andere partij/);
    state = respond(state, "counterparty", "counter", 1);
    expect(state).toEqual({ status: "countered", places: 1, lastMove: "counterparty" });
    state = respond(state, "opener", "accept");
    expect(state).toEqual({ status: "accepted", places: 1, lastMove: "opener" });
    expect(errorOf(() => respond(state, "counterparty", "reject"))?.message).toMatch(/afgerond/);
  });
});

describe("phase-out plans", () => {
  it("go down to zero in 2030 and warn when capacity runs ahead or occupancy drops below viable", async () => {
    const { phaseOutWarnings, validatePhaseOutPlan } = await import("./phase-out.ts");
    expect(
      errorOf(() =>
        validatePhaseOutPlan(
          [
            { year: 2026, places: 10 },
            { year: 2027, places: 12 },
          ],
          70,
        ),
      )?.message,
    ).toMatch(/loopt af/);
    expect(
      errorOf(() =>
        validatePhaseOutPlan(
          [
            { year: 2029, places: 4 },
            { year: 2030, places: 2 },
          ],
          70,
        ),
      )?.message,
    ).toMatch(/nul gesloten plekken/);
    expect(
      errorOf(() =>
        validatePhaseOutPlan(
          [
            { year: 2026, places: 10 },
            { year: 2030, places: 0 },
          ],
          70,
        ),
      ),
    ).toBeNull();
    expect(phaseOutWarnings({ planned: 8, capacity: 12, occupied: 6, minViablePct: 70 }).map((w) => w.kind)).toEqual([
      "ahead_of_plan",
      "below_viable",
    ]);
    expect(phaseOutWarnings({ planned: 12, capacity: 12, occupied: 10, minViablePct: 70 })).toEqual([]);
  });
});
