import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOpenReleases, readOpenRelease } from "@jeugdregie/db";
import { lastReleaseWeeks } from "@jeugdregie/domain";
import { DEMO_RELEASE_WEEKS, releaseDemoWeeks } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

/*
 * The demo's first start (issue 14): the national overview has something to show before the first
 * Monday. The launcher makes the last weeks' open releases with the weekly job, oldest first, only
 * on a platform without any; the demo's places count in them (its locations exist since before).
 */
let db: TestDatabase;
const NOW = new Date("2026-11-26T10:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(async () => db?.drop());

describe("the demo's open releases", () => {
  it("releases the last weeks once, up to this week, with the demo's places in every one", async () => {
    const weeks = lastReleaseWeeks(NOW, DEMO_RELEASE_WEEKS);
    expect(await releaseDemoWeeks(db.app, NOW)).toEqual(weeks);
    expect((await listOpenReleases(db.app, {})).map((r) => r.asOf)).toEqual([...weeks].reverse());
    for (const asOf of [weeks[0]!, weeks.at(-1)!]) {
      const release = (await readOpenRelease(db.app, asOf))!;
      const places = release.figures.find((f) => f.areaType === "national" && f.metric === "places" && f.careType === "jeugdzorgplus")!;
      expect(places.status, asOf).toBe("published");
      expect(places.value, asOf).toBeGreaterThan(0);
    }
    // each week was protected against the one before it
    expect((await readOpenRelease(db.app, weeks.at(-1)!))!.provenance.previousRelease).toBe(weeks.at(-2));
  });

  it("adds nothing on a second start, nor on a platform that has a release already", async () => {
    const before = await sql<{ n: string }>`select count(*) as n from open_releases`.execute(db.owner);
    expect(await releaseDemoWeeks(db.app, new Date("2026-12-10T10:00:00Z"))).toEqual([]);
    const after = await sql<{ n: string }>`select count(*) as n from open_releases`.execute(db.owner);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});
