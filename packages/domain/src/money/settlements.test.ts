import { describe, expect, it } from "vitest";
import { requireGuaranteeContracts, validateApproval, validateSettlementYear } from "./settlements.ts";

describe("settlement rules", () => {
  it("refuses a year that has not begun, and settles the current one", () => {
    expect(() => validateSettlementYear(2027, "2026-11-26")).toThrow(/2027 is nog niet begonnen/);
    expect(() => validateSettlementYear(2026, "2026-11-26")).not.toThrow();
    expect(() => validateSettlementYear(1999, "2026-11-26")).toThrow(/Kies een jaar vanaf/);
  });

  it("refuses a year without a guarantee contract, and overlapping guarantee contracts of one provider", () => {
    expect(() => requireGuaranteeContracts(2025, [])).toThrow(/geen bevestigd contract met een garantiebudget/);
    const first = { providerId: "p", providerName: "Horizon", startsOn: "2024-07-01", endsOn: "2025-06-30" };
    const next = { ...first, startsOn: "2025-07-01", endsOn: "2026-06-30" };
    expect(() => requireGuaranteeContracts(2025, [first, next])).not.toThrow();
    expect(() => requireGuaranteeContracts(2025, [first, { ...next, startsOn: "2025-06-30" }])).toThrow(
      /Horizon heeft in 2025 twee garantiecontracten/,
    );
    expect(() => requireGuaranteeContracts(2025, [first, { ...next, providerId: "q", startsOn: "2025-01-01" }])).not.toThrow();
  });

  it("lets only someone other than the requester approve, and only once (four eyes)", () => {
    expect(() => validateApproval({ status: "computed", requestedBy: "anne" }, "anne")).toThrow(/andere regiobeheerder/);
    expect(() => validateApproval({ status: "approved", requestedBy: "anne" }, "bert")).toThrow(/al goedgekeurd/);
    expect(() => validateApproval({ status: "computed", requestedBy: "anne" }, "bert")).not.toThrow();
  });
});
