import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OPEN_METRIC_DEFINITIONS } from "./metrics.ts";
import { buildOpenRelease, type ReleaseMeasure, type ReleaseRegion } from "./release.ts";

const region = (code: string, supraCode: string | null, hasData = true): ReleaseRegion => ({
  code,
  name: code.toUpperCase(),
  supraCode,
  supraName: supraCode && supraCode.toUpperCase(),
  hasData,
});
const measure = (m: string, regionCode: string, value: number, extra: Partial<ReleaseMeasure> = {}): ReleaseMeasure => ({
  measure: m,
  regionCode,
  otherRegionCode: null,
  careType: null,
  value,
  samples: null,
  ...extra,
});

const REGIONS = [region("a", "n"), region("b", "n"), region("c", "n"), region("d", "z"), region("e", null, false)];
const figureOf = (
  document: ReturnType<typeof buildOpenRelease>["document"],
  areaType: string,
  area: string,
  metric: string,
  careType: string | null = null,
) => document.figures.find((f) => f.areaType === areaType && f.area === area && f.metric === metric && f.careType === careType)!;

describe("a weekly open release", () => {
  it("hides a cell that protected last week's small count while it is unchanged (the previous release is used)", () => {
    const week = (a: number) => ["a", "b", "c", "d"].map((code, i) => measure("crisis_over_cap", code, [a, 25, 40, 60][i]!));
    const first = buildOpenRelease({ asOf: "2026-11-16", regions: REGIONS, measures: week(3) });
    expect(figureOf(first.document, "region", "a", "crisis_over_cap").mark).toBe("<10");
    expect(figureOf(first.document, "region", "b", "crisis_over_cap").mark).toBe("x");
    const second = buildOpenRelease({
      asOf: "2026-11-23",
      regions: REGIONS,
      measures: week(14),
      previous: { asOf: "2026-11-16", truth: first.truth },
    });
    expect(figureOf(second.document, "region", "a", "crisis_over_cap")).toMatchObject({ status: "published", value: 15 });
    expect(figureOf(second.document, "region", "b", "crisis_over_cap")).toMatchObject({ status: "suppressed", mark: "x" });
    expect(second.document.provenance.previousRelease).toBe("2026-11-16");
    // Without last week, 25 would be shown and give last week's 3 back (40 + 60 + 25 + a = the totals then).
    const alone = buildOpenRelease({ asOf: "2026-11-23", regions: REGIONS, measures: week(14) });
    expect(figureOf(alone.document, "region", "b", "crisis_over_cap")).toMatchObject({ status: "published", value: 25 });
  });

  it('shows a region without data as "geen gegevens" and leaves it out of the flow matrix', () => {
    const { document } = buildOpenRelease({ asOf: "2026-11-23", regions: REGIONS, measures: [measure("placed", "a", 40)] });
    expect(figureOf(document, "region", "e", "placed")).toEqual({
      areaType: "region",
      area: "e",
      metric: "placed",
      careType: null,
      status: "no-data",
      value: null,
      mark: "geen gegevens",
    });
    expect(figureOf(document, "supra", "geen-landsdeel", "placed").status).toBe("no-data");
    expect(figureOf(document, "national", "nl", "placed")).toMatchObject({ status: "published", value: 40 });
    expect(document.flows.some((f) => f.fromRegion === "e" || f.toRegion === "e")).toBe(false);
    expect(document.flows).toHaveLength(4 * 3);
  });

  it("computes rates and free places from the published parts, and waiting days only over a shown waiting list", () => {
    const { document } = buildOpenRelease({
      asOf: "2026-11-23",
      regions: REGIONS,
      measures: [
        measure("places", "a", 526, { careType: "jeugdzorgplus" }),
        measure("occupied", "a", 408, { careType: "jeugdzorgplus" }),
        measure("waiting_list", "a", 12, { samples: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40] }),
        measure("waiting_list", "b", 4, { samples: [3, 5, 8, 13] }),
      ],
    });
    expect(figureOf(document, "region", "a", "places", "jeugdzorgplus").value).toBe(525);
    expect(figureOf(document, "region", "a", "occupied", "jeugdzorgplus").value).toBe(410);
    expect(figureOf(document, "region", "a", "free", "jeugdzorgplus").value).toBe(115);
    expect(figureOf(document, "region", "a", "occupancy", "jeugdzorgplus").value).toBe(0.781);
    expect(figureOf(document, "region", "a", "waiting_days_median").value).toBe(7);
    expect(figureOf(document, "region", "b", "waiting_days_median")).toMatchObject({ status: "suppressed", mark: "x" });
    expect(figureOf(document, "region", "c", "waiting_days_median")).toMatchObject({ status: "suppressed" });
  });

  it('publishes every count as "<10", 0 or a multiple of 5, in the same order every time (property)', () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 120 }));
    const codes = ["a", "b", "c", "d"];
    const input = fc.record({
      counts: fc.array(
        fc.tuple(
          fc.constantFrom(
            "placed",
            "waiting_list",
            "replacements",
            "ended",
            "crisis_running",
            "crisis_over_cap",
            "hybrid_places",
            "round_the_clock_places",
          ),
          fc.constantFrom(...codes),
          count,
        ),
        {
          maxLength: 20,
        },
      ),
      places: fc.array(fc.tuple(fc.constantFrom(...codes), fc.constantFrom("jeugdzorgplus", "gezinshuis"), count, count), { maxLength: 8 }),
      flows: fc.array(fc.tuple(fc.constantFrom(...codes), fc.constantFrom(...codes), count), { maxLength: 12 }),
      plans: fc.array(fc.tuple(fc.constantFrom("n", "z"), count), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(input, ({ counts, places, flows, plans }) => {
        const measures: ReleaseMeasure[] = [
          ...counts.map(([m, code, n]) => measure(m, code, n)),
          ...places.flatMap(([code, careType, n, occupied]) => [
            measure("places", code, n, { careType }),
            measure("occupied", code, occupied, { careType }),
          ]),
          ...flows.filter(([from, to]) => from !== to).map(([from, to, n]) => measure("flow", from, n, { otherRegionCode: to })),
        ];
        for (const code of codes) {
          const out = measures.filter((m) => m.measure === "flow" && m.regionCode === code).reduce((s, m) => s + m.value, 0);
          if (out > 0) measures.push(measure("out_of_region", code, out));
        }
        const phaseOutPlans = plans.map(([supraCode, n]) => ({ supraCode, places: n }));
        const release = buildOpenRelease({ asOf: "2026-11-23", regions: REGIONS, measures, phaseOutPlans });
        const counted = [
          ...release.document.figures.filter((f) => OPEN_METRIC_DEFINITIONS[f.metric].kind === "count" || f.metric === "free"),
          ...release.document.flows,
        ];
        for (const f of counted) {
          if (f.status === "published") expect(Number.isInteger(f.value) && f.value! % 5 === 0).toBe(true);
          else if (f.status === "suppressed") expect(["<10", "x"]).toContain(f.mark);
          else if (f.status === "not-recorded") expect(f.mark).toBe("niet geregistreerd");
          else expect(f.mark).toBe("geen gegevens");
        }
        expect(
          JSON.stringify(
            buildOpenRelease({ asOf: "2026-11-23", regions: REGIONS, measures: [...measures].reverse(), phaseOutPlans }).document,
          ),
        ).toBe(JSON.stringify(release.document));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
