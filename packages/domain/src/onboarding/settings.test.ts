import { describe, expect, it } from "vitest";
import { DEFAULT_PLACEMENT_POINT_SETTINGS, offerResponseHoursFor, validateSettings, type PlacementPointSettings } from "./settings.ts";

describe("offer response deadlines", () => {
  const settings: PlacementPointSettings = { ...DEFAULT_PLACEMENT_POINT_SETTINGS, careTypes: ["crisisplek"] };

  it("gives a crisis offer the region's crisis deadline in hours, a regular offer the regular one", () => {
    expect(offerResponseHoursFor(settings, "crisis")).toBe(4);
    expect(offerResponseHoursFor({ ...settings, crisisOfferResponseHours: 2 }, "crisis")).toBe(2);
    expect(offerResponseHoursFor(settings, "regular")).toBe(72);
  });

  it("refuses a crisis deadline longer than the regular one", () => {
    expect(() => validateSettings({ ...settings, crisisOfferResponseHours: 96 })).toThrow("crisisvoorlegging");
    expect(() => validateSettings({ ...settings, crisisOfferResponseHours: 72 })).not.toThrow();
  });
});
