import { describe, expect, it } from "vitest";
import { respond, type NegotiationState } from "../supra/negotiations.ts";
import { ASSUMPTIONS } from "./assumptions.ts";
import { generateCountry, type MunicipalityRow } from "./country.ts";
import { HOUR_MS } from "./history-model.ts";
import { simulateHistory } from "./history.ts";
import { simulateSupraPlanning } from "./negotiations.ts";

// What the demo needs beyond the benchmark's history: every region with places, drafts and a
// status timeline, and next year's supra planning by the negotiation rules.
const MUNICIPALITIES: MunicipalityRow[] = [
  ["GM0153", "Enschede", "Overijssel", "Twente"],
  ["GM0141", "Almelo", "Overijssel", "Twente"],
  ["GM0164", "Hengelo", "Overijssel", "Twente"],
  ["GM0193", "Zwolle", "Overijssel", "IJsselland"],
  ["GM0202", "Arnhem", "Gelderland", "Arnhem"],
  ["GM0228", "Ede", "Gelderland", "Food Valley"],
  ["GM0518", "'s-Gravenhage", "Zuid-Holland", "Haaglanden"],
  ["GM0603", "Rijswijk", "Zuid-Holland", "Haaglanden"],
].map(([code, name, province, jeugdzorgregio]) => ({ code: code!, name: name!, province: province!, jeugdzorgregio: jeugdzorgregio! }));

const NOW = new Date("2026-11-20T09:00:00Z");
const country = generateCountry({ seed: 11, scale: 0.01, municipalities: MUNICIPALITIES });
const history = simulateHistory(country, { seed: 11, now: NOW, days: 720, trace: true, timeline: true });
const planning = simulateSupraPlanning(country, history, { seed: 11, now: NOW });

describe("the synthetic country for the demo", () => {
  it("gives every region at least half of its share of the locations, by municipalities and evenly", () => {
    // Thirty regions of one to five municipalities in six provinces: a long tail of providers leaves some empty without the spread.
    const many: MunicipalityRow[] = Array.from({ length: 30 }, (_, r) =>
      Array.from({ length: (r % 5) + 1 }, (_, m) => ({
        code: `GM${String(r * 10 + m).padStart(4, "0")}`,
        name: `Gemeente ${r}-${m}`,
        province: `Provincie ${r % 6}`,
        jeugdzorgregio: `Regio ${String(r).padStart(2, "0")}`,
      })),
    ).flat();
    const spread = generateCountry({ seed: 3, scale: 0.01, municipalities: many });
    const total = spread.locations.length;
    for (const region of spread.regions) {
      const share = Math.ceil((total * region.municipalities.length) / many.length / 2);
      const minimum = Math.max(Math.floor(total / spread.regions.length / 2), share);
      expect(spread.locations.filter((l) => l.regionId === region.id).length, region.name).toBeGreaterThanOrEqual(minimum);
    }
    for (const l of spread.locations)
      expect(spread.regions.find((r) => r.id === l.regionId)!.municipalities.map((m) => m.code)).toContain(l.municipalityCode);
  });

  it("keeps drafts unsubmitted for at most the drafting time, and submits every other request after it was made", () => {
    for (const r of history.requests) {
      if (r.status === "draft") {
        expect(r.submittedAt).toBeNull();
        expect(NOW.getTime() - r.createdAt).toBeLessThanOrEqual(ASSUMPTIONS.draftHours * HOUR_MS);
      } else expect(r.submittedAt).toBeGreaterThanOrEqual(r.createdAt);
    }
  });

  it("records every request's statuses in time order, one per event, from draft to where it stands", () => {
    for (const r of history.requests) {
      const changes = r.statusChanges!;
      expect(changes[0]).toEqual(["draft", r.createdAt]);
      expect(changes.at(-1)![0]).toBe(r.status);
      expect(changes).toHaveLength(r.trail!.length + 1);
      for (let i = 1; i < changes.length; i++) expect(changes[i]![1]).toBeGreaterThanOrEqual(changes[i - 1]![1]);
    }
  });
});

describe("next year's supra planning", () => {
  it("allocates no more than each pool has, to member regions only", () => {
    for (const supra of country.supraRegions)
      for (const careType of supra.pooledCareTypes) {
        const capacity = country.locations
          .filter((l) => supra.memberRegionIds.includes(l.regionId) && l.careTypes.includes(careType))
          .reduce((sum, l) => sum + l.capacity, 0);
        const mine = planning.allocations.filter((a) => a.supraRegionId === supra.id && a.careType === careType);
        expect(mine.reduce((sum, a) => sum + a.places, 0)).toBeLessThanOrEqual(capacity);
        for (const a of mine) expect(supra.memberRegionIds).toContain(a.regionId);
      }
    expect(new Set(planning.allocations.map((a) => a.year))).toEqual(new Set([2027]));
  });

  it("negotiates in turns by the negotiation rules: every step replays through respond()", () => {
    expect(planning.negotiations.length).toBeGreaterThan(0);
    for (const n of planning.negotiations) {
      const [first, ...moves] = n.steps;
      expect(first).toMatchObject({ side: "opener", action: "open" });
      let state: NegotiationState = { status: "open", places: first!.places, lastMove: "opener" };
      for (const move of moves) {
        expect(move.action).not.toBe("open");
        state = respond(state, move.side, move.action as "accept" | "reject" | "counter", move.places);
      }
      expect(state).toEqual(n.state);
      expect(n.periodStart).toBe("2027-01-01");
    }
  });
});
