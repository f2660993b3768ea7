import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOpenRelease, seedDemoHistory } from "@jeugdregie/db";
import { OPEN_METRIC_DEFINITIONS, releaseWeekOf, type OpenReleaseDocument } from "@jeugdregie/domain";
import { processOpenRelease } from "@jeugdregie/jobs";
import { testCrypto } from "./helpers/api.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

/*
 * The weekly open release over the demo with a simulated year of history: the job freezes one
 * release per week, a re-run of the week changes nothing (the stored bytes stay the same), and
 * every count it publishes is "<10", 0, or a multiple of 5.
 */
let db: TestDatabase;
const NOW = new Date("2026-11-26T10:00:00Z");
const WEEK = releaseWeekOf(NOW);

const storedText = async (asOf: string) =>
  (await sql<{ text: string }>`select document::text as text from open_releases where as_of = ${asOf}::date`.execute(db.owner)).rows[0]
    ?.text;

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  await seedDemoHistory(db.owner, testCrypto, { seed: 2026, now: NOW, days: 365 });
});
afterAll(async () => db?.drop());

describe("the weekly open release job", () => {
  it("freezes one release per week: a re-run stores nothing new and the release stays byte-identical", async () => {
    const first = await processOpenRelease(db.app, {}, NOW);
    expect(first).toMatchObject({ asOf: WEEK, created: true });
    expect(first.figures).toBeGreaterThan(100);
    const bytes = await storedText(WEEK);
    // The data moves on (a placement ends), the week's release does not.
    await sql`update placements set ended_on = ${WEEK}::date - 3, end_destination = 'home' where id = (select id from placements where ended_on is null and starts_on < ${WEEK}::date - 3 order by id limit 1)`.execute(
      db.owner,
    );
    const again = await processOpenRelease(db.app, { asOf: WEEK }, NOW);
    expect(again).toEqual({ asOf: WEEK, created: false, figures: 0 });
    expect(await storedText(WEEK)).toBe(bytes);
    const count = await sql<{ n: string }>`select count(*) as n from open_releases`.execute(db.owner);
    expect(count.rows[0]!.n).toBe("1");
  });

  it('publishes every count as "<10", 0 or a multiple of 5, and every region with data', async () => {
    const release = (await readOpenRelease(db.app, WEEK)) as OpenReleaseDocument;
    const counts = release.figures.filter((f) => OPEN_METRIC_DEFINITIONS[f.metric].kind === "count" || f.metric === "free");
    const flows = release.flows;
    expect(counts.filter((f) => f.status === "published" && f.value! > 0).length).toBeGreaterThan(20);
    expect(counts.some((f) => f.mark === "<10")).toBe(true);
    const wrong = [...counts, ...flows].filter((f) =>
      f.status === "published"
        ? !Number.isInteger(f.value) || f.value! % 5 !== 0
        : f.status === "suppressed"
          ? !["<10", "x"].includes(f.mark!)
          : f.status === "not-recorded"
            ? f.mark !== "niet geregistreerd"
            : f.mark !== "geen gegevens",
    );
    expect(wrong).toEqual([]);
    expect(release.areas.filter((a) => a.areaType === "region").length).toBe(11);
  });

  it("refuses a week that has not begun and a week before the latest release, without retrying", async () => {
    await expect(processOpenRelease(db.app, { asOf: "2027-01-04" }, NOW)).rejects.toThrow(/has not started/);
    await expect(processOpenRelease(db.app, { asOf: "2026-11-02" }, NOW)).rejects.toThrow(/earlier week/);
    await expect(processOpenRelease(db.app, { asOf: "2026-11-25" }, NOW)).rejects.toThrow(/not a Monday/);
  });
});
