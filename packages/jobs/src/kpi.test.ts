import { describe, expect, it } from "vitest";
import { createDatabase } from "@jeugdregie/db";
import { kpiSnapshotsJob, kpiSnapshotsJobOptions } from "./definitions/kpi-snapshots.ts";
import { processKpiSnapshots } from "./kpi.ts";
import { RefusedJobError } from "./registry.ts";

const region = "11111111-1111-4111-8111-111111111111";

describe("the kpi-snapshots job", () => {
  it("is one job per region-month while it waits or runs, and queued again once finished", () => {
    expect(kpiSnapshotsJobOptions(region, "2026-10").jobId).toBe(kpiSnapshotsJobOptions(region, "2026-10").jobId);
    expect(kpiSnapshotsJobOptions(region, "2026-10").jobId).not.toBe(kpiSnapshotsJobOptions(region, "2026-09").jobId);
    // BullMQ refuses custom ids with a colon.
    expect(kpiSnapshotsJobOptions(region, "2026-10").jobId).not.toContain(":");
    expect(kpiSnapshotsJobOptions(region, "2026-10")).toMatchObject({ removeOnComplete: true, removeOnFail: true });
  });

  it("takes a month and a region, or nothing (the monthly run), and refuses anything else", () => {
    expect(kpiSnapshotsJob.payload.safeParse({}).success).toBe(true);
    expect(kpiSnapshotsJob.payload.safeParse({ month: "2026-10", regionId: region }).success).toBe(true);
    expect(kpiSnapshotsJob.payload.safeParse({ month: "2026-13" }).success).toBe(false);
    expect(kpiSnapshotsJob.payload.safeParse({ month: "oktober" }).success).toBe(false);
  });

  it("refuses a future month without retrying and without touching the database", async () => {
    // The pool never connects: the refusal comes first.
    const db = createDatabase("postgres://nobody@127.0.0.1:1/none");
    await expect(processKpiSnapshots(db, { month: "2026-12", regionId: region }, new Date("2026-11-26T08:00:00Z"))).rejects.toBeInstanceOf(
      RefusedJobError,
    );
  });
});
