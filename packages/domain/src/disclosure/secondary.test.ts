import { describe, expect, it } from "vitest";
import { publish, publishMoneyTable, type PublishedTable } from "./publish.ts";
import { areaTable, cellKey, flowTable, type RegionCount } from "./table.ts";

const hiddenOf = (published: PublishedTable) =>
  Object.fromEntries(Object.entries(published).flatMap(([key, p]) => (p.kind === "suppressed" ? [[key, p.reason]] : [])));
const shownOf = (published: PublishedTable) =>
  Object.fromEntries(Object.entries(published).flatMap(([key, p]) => (p.kind === "value" ? [[key, p.value]] : [])));

const region = (regionId: string, supraAreaId: string, count: number): RegionCount => ({ regionId, supraAreaId, count });
const M = "out";
const r = (id: string) => cellKey.region(M, id);
const s = (id: string) => cellKey.supraArea(M, id);
const flow = (from: string, to: string) => cellKey.flow(M, from, to);

describe("secondary suppression over regions, supra areas and the country", () => {
  it("hides the smallest other region that can absorb 1..9 when one region is small", () => {
    const table = areaTable(M, [
      region("A", "N", 3),
      region("B", "N", 25),
      region("C", "N", 40),
      region("D", "Z", 12),
      region("E", "Z", 60),
    ]);
    const published = publish(table);
    expect(hiddenOf(published)).toEqual({ [r("A")]: "small", [r("B")]: "secondary" });
    expect(shownOf(published)).toEqual({
      [r("C")]: 40,
      [r("D")]: 10,
      [r("E")]: 60,
      [s("N")]: 70,
      [s("Z")]: 70,
      [cellKey.national(M)]: 140,
    });
  });

  it("passes over a complement too close to 10 and climbs to the supra area, then protects that one too", () => {
    // B = 12 could only go down 2 while A may be 9: hiding B would pin A to 3..5. So the supra-area
    // total is hidden; it is then alone in the national total, so the other supra area is hidden,
    // which is alone in its own area, so its larger region is hidden (D = 12 again too close).
    const table = areaTable(M, [region("A", "N", 3), region("B", "N", 12), region("D", "Z", 12), region("E", "Z", 60)]);
    const published = publish(table);
    expect(hiddenOf(published)).toEqual({ [r("A")]: "small", [s("N")]: "secondary", [s("Z")]: "secondary", [r("E")]: "secondary" });
    expect(shownOf(published)).toEqual({ [r("B")]: 10, [r("D")]: 10, [cellKey.national(M)]: 85 });
  });

  it("hides a small supra-area total and protects it in the national total", () => {
    const table = areaTable(M, [region("A", "N", 4), region("B", "N", 0), region("C", "Z", 30), region("D", "Z", 22)]);
    const published = publish(table);
    expect(hiddenOf(published)).toEqual({ [r("A")]: "small", [s("N")]: "small", [s("Z")]: "secondary", [r("D")]: "secondary" });
    expect(published[r("B")]).toEqual({ kind: "value", value: 0 });
  });

  it("leaves a table without small cells alone", () => {
    const published = publish(areaTable(M, [region("A", "N", 0), region("B", "N", 25), region("C", "Z", 40)]));
    expect(hiddenOf(published)).toEqual({});
  });
});

describe("secondary suppression in the flow matrix (rows, columns, totals)", () => {
  // Three regions, P and Q in supra area S1, R in S2. Flows out of the home region:
  //        to P  to Q  to R | out
  // from P   -     3    30  |  33
  // from Q  25     -    40  |  65
  // from R  35    20     -  |  55
  // in      60    23    70  | 153
  const regions = [region("P", "S1", 33), region("Q", "S1", 65), region("R", "S2", 55)];
  const flows = [
    { fromRegionId: "P", toRegionId: "Q", count: 3 },
    { fromRegionId: "P", toRegionId: "R", count: 30 },
    { fromRegionId: "Q", toRegionId: "P", count: 25 },
    { fromRegionId: "Q", toRegionId: "R", count: 40 },
    { fromRegionId: "R", toRegionId: "P", count: 35 },
    { fromRegionId: "R", toRegionId: "Q", count: 20 },
  ];

  it("hides a cycle of flows around the small one and publishes every total", () => {
    const published = publish(flowTable(M, regions, flows));
    expect(hiddenOf(published)).toEqual({
      [flow("P", "Q")]: "small",
      [flow("P", "R")]: "secondary",
      [flow("Q", "P")]: "secondary",
      [flow("Q", "R")]: "secondary",
      [flow("R", "P")]: "secondary",
      [flow("R", "Q")]: "secondary",
    });
    expect(shownOf(published)).toEqual({
      [r("P")]: 35,
      [r("Q")]: 65,
      [r("R")]: 55,
      [cellKey.inflow(M, "P")]: 60,
      [cellKey.inflow(M, "Q")]: 25,
      [cellKey.inflow(M, "R")]: 70,
      [s("S1")]: 100,
      [s("S2")]: 55,
      [cellKey.national(M)]: 155,
    });
  });

  it("is deterministic: the same table gives the same release, whatever the input order", () => {
    const once = publish(flowTable(M, regions, flows));
    expect(publish(flowTable(M, [...regions].reverse(), [...flows].reverse()))).toEqual(once);
  });

  it("refuses a matrix whose rows do not add up to the region counts", () => {
    expect(() => flowTable(M, [region("P", "S1", 34), ...regions.slice(1)], flows)).toThrow(RangeError);
  });
});

describe("secondary suppression of money cells", () => {
  it("hides a dominated region and one other, so the supra total does not give it away", () => {
    const table = areaTable("spend", [region("A", "N", 100_000), region("B", "N", 120_000), region("C", "N", 390_000)]);
    const contributions = {
      [cellKey.region("spend", "A")]: [{ providerId: "a", amount: 100_000 }],
      [cellKey.region("spend", "B")]: [
        { providerId: "a", amount: 50_000 },
        { providerId: "b", amount: 40_000 },
        { providerId: "c", amount: 30_000 },
      ],
      [cellKey.region("spend", "C")]: [
        { providerId: "b", amount: 200_000 },
        { providerId: "c", amount: 100_000 },
        { providerId: "d", amount: 90_000 },
      ],
    };
    const published = publishMoneyTable(table, contributions);
    expect(hiddenOf(published)).toEqual({ [cellKey.region("spend", "A")]: "dominance", [cellKey.region("spend", "B")]: "secondary" });
    expect(published[cellKey.national("spend")]).toEqual({ kind: "value", value: 610_000 });
  });
});
