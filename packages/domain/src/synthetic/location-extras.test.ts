import { describe, expect, it } from "vitest";
import { validatePhaseOutPlan } from "../supra/phase-out.ts";
import type { SyntheticCountry } from "./country.ts";
import { locationExtras, phaseOutPlans } from "./location-extras.ts";

const location = (id: string, regionId: string, providerId: string, careTypes: string[], capacity: number) =>
  ({ id, regionId, providerId, careTypes, capacity }) as unknown as SyntheticCountry["locations"][number];
const regions = ["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"].map((id) => ({ id }) as SyntheticCountry["regions"][number]);
const locations = regions.flatMap((r, i) => [
  location(`${r.id}-a`, r.id, `p${i % 3}`, ["jeugdzorgplus"], 12),
  location(`${r.id}-b`, r.id, `p${i % 3}`, ["deeltijdverblijf"], 6),
]);
const supraRegions = [1, 2, 3, 4, 5].map(
  (n) =>
    ({
      id: `s${n}`,
      pooledCareTypes: ["jeugdzorgplus"],
      memberRegionIds: regions.filter((_, i) => i % 5 === n - 1).map((r) => r.id),
    }) as unknown as SyntheticCountry["supraRegions"][number],
);

describe("the synthetic country's location extras and phase-out plans", () => {
  it("records hybrid places and 24-hour support in some regions only, every location of a region alike", () => {
    const extras = locationExtras({ regions, locations }, 7);
    const byRegion = (regionId: string, key: "hybridPlaces" | "roundTheClockSupport") =>
      new Set(locations.filter((l) => l.regionId === regionId).map((l) => extras.get(l.id)![key] === null));
    for (const r of regions) for (const key of ["hybridPlaces", "roundTheClockSupport"] as const) expect(byRegion(r.id, key).size).toBe(1);
    const notRecording = regions.filter((r) => extras.get(`${r.id}-a`)!.hybridPlaces === null);
    expect(notRecording.length).toBeGreaterThan(0);
    expect(notRecording.length).toBeLessThan(regions.length);
    for (const l of locations) {
      const e = extras.get(l.id)!;
      if (e.hybridPlaces !== null) expect(e.hybridPlaces).toBeLessThanOrEqual(l.capacity);
      if (e.roundTheClockSupport !== null) expect(e.roundTheClockSupport).toBe(!l.careTypes.includes("deeltijdverblijf"));
    }
    expect([...locationExtras({ regions, locations }, 7)]).toEqual([...extras]);
  });

  it("plans every provider with closed care in a planning landsdeel down to zero in 2030, as the supra layer accepts them", () => {
    const plans = phaseOutPlans({ supraRegions, locations }, 7, 2026);
    expect(plans.length).toBeGreaterThan(0);
    const perProvider = new Map<string, typeof plans>();
    for (const p of plans)
      perProvider.set(`${p.supraRegionId}/${p.providerId}`, [...(perProvider.get(`${p.supraRegionId}/${p.providerId}`) ?? []), p]);
    for (const plan of perProvider.values()) {
      expect(plan.map((p) => p.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
      expect(plan.at(-1)!.places).toBe(0);
      expect(() => validatePhaseOutPlan(plan, 70)).not.toThrow();
    }
    // some landsdelen have no plan: the release shows "niet geregistreerd" there
    expect(new Set(plans.map((p) => p.supraRegionId)).size).toBeLessThanOrEqual(supraRegions.length);
  });
});
