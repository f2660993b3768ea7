import { describe, expect, it } from "vitest";
import type { AppError } from "../errors.ts";
import { assertGiverHasPlaces, isNegotiationOpen, isTurnOf, otherSide, regionOfSide, respond, sideOf } from "./negotiations.ts";

const errorOf = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e) {
    return e as AppError;
  }
};

describe("capacity negotiations", () => {
  it("let a region give no more than it was allocated", () => {
    const about = { year: 2027, careType: "jeugdzorgplus" };
    expect(errorOf(() => assertGiverHasPlaces({ kind: "region", name: "Twente", allocated: 2 }, 2, about))).toBeNull();
    expect(errorOf(() => assertGiverHasPlaces({ kind: "region", name: "Twente", allocated: 1 }, 2, about))?.message).toBe(
      "Twente heeft voor 2027 1 plek(ken) JeugdzorgPlus (gesloten) toegewezen en kan er geen 2 afstaan.",
    );
    expect(errorOf(() => assertGiverHasPlaces({ kind: "region", name: "Twente", allocated: 0 }, 1, about))?.code).toBe("BAD_INPUT");
  });

  it("let the pool give no more than it has left to allocate", () => {
    const about = { year: 2028, careType: "jeugdzorgplus" };
    expect(errorOf(() => assertGiverHasPlaces({ kind: "pool", unallocated: 3 }, 3, about))).toBeNull();
    expect(errorOf(() => assertGiverHasPlaces({ kind: "pool", unallocated: -1 }, 1, about))?.message).toMatch(
      /meer dan de gedeelde capaciteit: de pool heeft voor 2028 nog 0 plek/,
    );
  });

  it("close once: a second accept is refused", () => {
    const accepted = respond({ status: "open", places: 2, lastMove: "opener" }, "counterparty", "accept");
    expect(accepted).toEqual({ status: "accepted", places: 2, lastMove: "counterparty" });
    expect(errorOf(() => respond(accepted, "opener", "accept"))?.message).toMatch(/al afgerond/);
  });

  it("let the supra coordinator speak for the pool only, never for a region", () => {
    const regions = { supraRegionId: "s", openerRegionId: "a", counterpartyRegionId: "b" };
    const withPool = { supraRegionId: "s", openerRegionId: "a", counterpartyRegionId: null };
    const supra = { regionId: null, supraRegionId: "s" };
    expect(sideOf({ regionId: "a", supraRegionId: null }, regions)).toBe("opener");
    expect(sideOf({ regionId: "b", supraRegionId: null }, regions)).toBe("counterparty");
    expect(sideOf({ regionId: "c", supraRegionId: null }, regions)).toBeNull();
    expect(sideOf(supra, regions)).toBeNull();
    expect(sideOf(supra, withPool)).toBe("counterparty");
    expect(sideOf(supra, { ...withPool, supraRegionId: "other" })).toBeNull();
    expect(sideOf(supra, { supraRegionId: "s", openerRegionId: null, counterpartyRegionId: "b" })).toBe("opener");
  });

  it("name the other party: the side, and the region that speaks for it (null for the pool)", () => {
    expect(otherSide("opener")).toBe("counterparty");
    expect(otherSide("counterparty")).toBe("opener");
    const withPool = { openerRegionId: "a", counterpartyRegionId: null };
    expect(regionOfSide(otherSide("opener"), withPool)).toBeNull();
    expect(regionOfSide(otherSide("counterparty"), withPool)).toBe("a");
  });

  it("give the turn to the side that did not move last, while the negotiation is open", () => {
    expect(["open", "countered", "accepted", "rejected"].filter((s) => isNegotiationOpen(s as never))).toEqual(["open", "countered"]);
    expect(isTurnOf({ status: "open", lastMove: "opener" }, "counterparty")).toBe(true);
    expect(isTurnOf({ status: "countered", lastMove: "counterparty" }, "opener")).toBe(true);
    expect(isTurnOf({ status: "open", lastMove: "opener" }, "opener")).toBe(false);
    expect(isTurnOf({ status: "accepted", lastMove: "opener" }, "counterparty")).toBe(false);
    expect(isTurnOf({ status: "open", lastMove: "opener" }, null)).toBe(false);
    // Whose turn the list shows is whose move respond() takes.
    for (const status of ["open", "countered", "accepted", "rejected"] as const) {
      for (const side of ["opener", "counterparty"] as const) {
        const takes = errorOf(() => respond({ status, places: 1, lastMove: "opener" }, side, "reject")) === null;
        expect({ status, side, turn: isTurnOf({ status, lastMove: "opener" }, side) }).toEqual({ status, side, turn: takes });
      }
    }
  });
});
