import { describe, expect, it } from "vitest";
import type { OpenFigure, OpenFlow } from "@jeugdregie/domain";
import { figureText, flowMatrix, heat, sortRows, type RegionRow } from "./view.ts";

const fig = (status: OpenFigure["status"], value: number | null, mark: string | null = null): OpenFigure => ({
  areaType: "region",
  area: "a",
  metric: "places",
  careType: "jeugdzorgplus",
  status,
  value,
  mark,
});
const row = (code: string, places: OpenFigure): RegionRow => ({
  code,
  name: code.toUpperCase(),
  supraArea: null,
  hasData: true,
  figures: { places },
});
const flow = (
  fromRegion: string,
  toRegion: string,
  status: OpenFlow["status"],
  value: number | null,
  mark: string | null = null,
): OpenFlow => ({
  fromRegion,
  toRegion,
  status,
  value,
  mark,
});

describe("the national overview's reading of the open release", () => {
  it("shows a figure as published: a value, its mark, or geen gegevens", () => {
    expect(figureText(fig("published", 1235), "places")).toBe("1.235");
    expect(figureText(fig("published", 0.781), "share")).toBe("78,1%");
    expect(figureText(fig("published", 12), "days")).toBe("12 dagen");
    expect(figureText(fig("suppressed", null, "<10"), "children")).toBe("<10");
    expect(figureText(fig("suppressed", null, "x"), "share")).toBe("x");
    expect(figureText(fig("no-data", null, "geen gegevens"), "places")).toBe("geen gegevens");
    expect(figureText(undefined, "places")).toBe("–");
  });

  it("sorts published values, then hidden figures, then regions without data, never a hidden cell by size", () => {
    const rows = [
      row("d", fig("no-data", null, "geen gegevens")),
      row("c", fig("suppressed", null, "x")),
      row("b", fig("published", 10)),
      row("e", fig("suppressed", null, "<10")),
      row("a", fig("published", 40)),
    ];
    expect(sortRows(rows, "places", "op").map((r) => r.code)).toEqual(["b", "a", "e", "c", "d"]);
    expect(sortRows(rows, "places", "af").map((r) => r.code)).toEqual(["a", "b", "e", "c", "d"]);
    expect(sortRows(rows, "name", "af").map((r) => r.code)).toEqual(["e", "d", "c", "b", "a"]);
  });

  it("builds the flow matrix over the rows asked, plus the columns that receive something from them", () => {
    const flows = [
      flow("a", "b", "published", 20),
      flow("a", "c", "published", 0),
      flow("b", "a", "suppressed", null, "<10"),
      flow("b", "c", "published", 0),
      flow("c", "a", "published", 40),
      flow("c", "b", "published", 0),
    ];
    const matrix = flowMatrix(flows, new Set(["a", "b"]));
    expect(matrix.rows).toEqual(["a", "b"]);
    expect(matrix.columns).toEqual(["a", "b"]);
    // one row: its own column, and only the regions it sends children to
    expect(flowMatrix(flows, new Set(["c"])).columns).toEqual(["a", "c"]);
    expect(flowMatrix(flows, new Set(["b"])).columns).toEqual(["a", "b"]);
    expect(matrix.max).toBe(20);
    expect(matrix.cell("b", "a")?.mark).toBe("<10");
    expect(heat(matrix.cell("a", "b"), matrix.max)).toBe(4);
    expect(heat(matrix.cell("b", "a"), matrix.max)).toBe(0);
    expect(heat(flow("x", "y", "published", 5), 20)).toBe(1);
  });
});
