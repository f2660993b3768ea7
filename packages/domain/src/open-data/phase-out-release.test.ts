import { describe, expect, it } from "vitest";
import { buildOpenRelease, type ReleaseMeasure, type ReleaseRegion } from "./release.ts";

/** The phase-out of closed places and the figures only some locations record (issue 14, part 2), in the weekly release. */
const region = (code: string, supraCode: string): ReleaseRegion => ({
  code,
  name: code.toUpperCase(),
  supraCode,
  supraName: supraCode.toUpperCase(),
  hasData: true,
});
const measure = (m: string, regionCode: string, value: number, careType: string | null = null): ReleaseMeasure => ({
  measure: m,
  regionCode,
  otherRegionCode: null,
  careType,
  value,
  samples: null,
});
const REGIONS = [region("a", "n"), region("b", "n"), region("c", "o"), region("d", "w"), region("e", "z")];
const closed = (code: string, places: number) => measure("places", code, places, "jeugdzorgplus");

type Document = ReturnType<typeof buildOpenRelease>["document"];
const figureOf = (document: Document, areaType: string, area: string, metric: string) =>
  document.figures.find((f) => f.areaType === areaType && f.area === area && f.metric === metric && f.careType === null);

describe("closed places against the phase-out plan", () => {
  const measures = [closed("a", 40), closed("b", 22), closed("c", 35), closed("d", 50)];
  const phaseOutPlans = [
    { supraCode: "n", places: 45 },
    { supraCode: "o", places: 30 },
    { supraCode: "w", places: 41 },
  ];

  it("publishes the planned places per supra area and nationally, rounded, with the actual minus the plan beside them", () => {
    const { document } = buildOpenRelease({ asOf: "2026-11-23", regions: REGIONS, measures, phaseOutPlans });
    expect(figureOf(document, "supra", "n", "closed_places_planned")).toMatchObject({ status: "published", value: 45 });
    expect(figureOf(document, "supra", "w", "closed_places_planned")).toMatchObject({ status: "published", value: 40 });
    expect(figureOf(document, "national", "nl", "closed_places_planned")).toMatchObject({ status: "published", value: 115 });
    // 62 places rounded to 60, minus the plan's 45
    expect(figureOf(document, "supra", "n", "closed_places_over_plan")).toMatchObject({ status: "published", value: 15 });
    expect(figureOf(document, "supra", "o", "closed_places_over_plan")).toMatchObject({ status: "published", value: 5 });
  });

  it('shows a supra area without a plan as "niet geregistreerd", never 0, and gives regions no planned figure', () => {
    const { document } = buildOpenRelease({ asOf: "2026-11-23", regions: REGIONS, measures, phaseOutPlans });
    for (const metric of ["closed_places_planned", "closed_places_over_plan"])
      expect(figureOf(document, "supra", "z", metric)).toMatchObject({ status: "not-recorded", value: null, mark: "niet geregistreerd" });
    expect(document.figures.filter((f) => f.areaType === "region" && f.metric.startsWith("closed_places"))).toEqual([]);
    const none = buildOpenRelease({ asOf: "2026-11-23", regions: REGIONS, measures }).document;
    expect(figureOf(none, "national", "nl", "closed_places_planned")).toMatchObject({ status: "not-recorded" });
  });

  it("hides a small plan as <10 and a second area with it, so the national total does not give it back", () => {
    const small = [
      { supraCode: "n", places: 6 },
      { supraCode: "o", places: 30 },
      { supraCode: "w", places: 41 },
    ];
    const { document } = buildOpenRelease({ asOf: "2026-11-23", regions: REGIONS, measures, phaseOutPlans: small });
    expect(figureOf(document, "supra", "n", "closed_places_planned")).toMatchObject({ status: "suppressed", mark: "<10" });
    const planned = ["o", "w"].map((code) => figureOf(document, "supra", code, "closed_places_planned")!);
    expect(planned.filter((f) => f.status === "suppressed")).toHaveLength(1);
    expect(figureOf(document, "supra", "n", "closed_places_over_plan")).toMatchObject({ status: "suppressed", mark: "x" });
  });
});

describe("hybrid places and places with 24-hour support, where recorded", () => {
  it('publishes them where locations record them, "niet geregistreerd" where none does, and a small region as <10', () => {
    const measures = [
      measure("hybrid_places", "a", 4),
      measure("hybrid_places", "b", 30),
      measure("hybrid_places", "c", 25),
      measure("round_the_clock_places", "a", 0),
    ];
    const { document } = buildOpenRelease({ asOf: "2026-11-23", regions: REGIONS, measures });
    expect(figureOf(document, "region", "a", "hybrid_places")).toMatchObject({ status: "suppressed", mark: "<10" });
    expect(figureOf(document, "region", "b", "hybrid_places")?.status).toBe("suppressed"); // recovers a from the landsdeel
    expect(figureOf(document, "region", "c", "hybrid_places")).toMatchObject({ status: "published", value: 25 });
    expect(figureOf(document, "region", "d", "hybrid_places")).toMatchObject({ status: "not-recorded", mark: "niet geregistreerd" });
    expect(figureOf(document, "supra", "z", "hybrid_places")).toMatchObject({ status: "not-recorded" });
    // recorded as none is a published 0, not "niet geregistreerd"
    expect(figureOf(document, "region", "a", "round_the_clock_places")).toMatchObject({ status: "published", value: 0 });
    expect(figureOf(document, "region", "b", "round_the_clock_places")).toMatchObject({ status: "not-recorded" });
    expect(figureOf(document, "national", "nl", "round_the_clock_places")).toMatchObject({ status: "published", value: 0 });
  });
});
