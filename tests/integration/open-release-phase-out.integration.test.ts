import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOpenRelease } from "@jeugdregie/db";
import { releaseWeekOf, type OpenReleaseDocument } from "@jeugdregie/domain";
import { processOpenRelease } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

/*
 * Issue 14, part 2, through the database: the weekly release reads the supra layer's phase-out
 * plans for its year and the hybrid places and 24-hour support that locations record (migration
 * 0033), publishes them disclosure-controlled, says "niet geregistreerd" where nothing is recorded,
 * and stays byte-identical on a re-run.
 */
let db: TestDatabase;
const NOW = new Date("2026-11-26T10:00:00Z");
const WEEK = releaseWeekOf(NOW);

interface Pool {
  supra_region_id: string;
  supra_code: string;
  provider_id: string;
  places: number;
}

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(async () => db?.drop());

const figure = (release: OpenReleaseDocument, areaType: string, area: string, metric: string, careType: string | null = null) =>
  release.figures.find((f) => f.areaType === areaType && f.area === area && f.metric === metric && f.careType === careType);

describe("closed places against the phase-out plan, and places recorded by some locations, in the weekly release", () => {
  it("publishes this year's plan per landsdeel beside the actual, the recorded places per region, and stays byte-identical", async () => {
    // Every provider with closed care in a landsdeel gets a plan: this year 12 places, 0 in 2030.
    const { rows: pool } = await sql<Pool>`
      select m.supra_region_id, s.code as supra_code, l.provider_id, sum(l.capacity)::int as places
      from locations l join supra_region_members m on m.region_id = l.region_id
      join supra_regions s on s.id = m.supra_region_id
      join supra_region_care_types c on c.supra_region_id = s.id and c.care_type = 'jeugdzorgplus'
      where 'jeugdzorgplus' = any(l.care_types) group by 1, 2, 3 order by 2, 3`.execute(db.owner);
    expect(pool.length).toBeGreaterThan(0);
    for (const p of pool)
      await sql`insert into phase_out_plans (supra_region_id, provider_id, year, planned_places) values
        (${p.supra_region_id}, ${p.provider_id}, 2026, 12), (${p.supra_region_id}, ${p.provider_id}, 2030, 0)`.execute(db.owner);
    // One region's locations record hybrid places and 24-hour support; the others record nothing.
    const { rows: regions } = await sql<{ id: string; code: string }>`
      select r.id, r.code from regions r where exists (select 1 from locations l where l.region_id = r.id) order by r.code`.execute(
      db.owner,
    );
    const [recording, silent] = regions;
    await sql`update locations set hybrid_places = least(capacity, 3), round_the_clock_support = true where region_id = ${recording!.id}`.execute(
      db.owner,
    );
    const { rows: recorded } = await sql<{ hybrid: number; day_and_night: number }>`
      select sum(hybrid_places)::int as hybrid, sum(capacity)::int as day_and_night from locations
      where region_id = ${recording!.id} and deactivated_at is null`.execute(db.owner);

    expect(await processOpenRelease(db.app, {}, NOW)).toMatchObject({ asOf: WEEK, created: true });
    const release = (await readOpenRelease(db.app, WEEK)) as OpenReleaseDocument;
    const supraCode = pool[0]!.supra_code;
    const planned = pool.filter((p) => p.supra_code === supraCode).length * 12;
    const plannedFigure = figure(release, "supra", supraCode, "closed_places_planned")!;
    if (planned >= 10) expect(plannedFigure).toMatchObject({ status: "published", value: Math.round(planned / 5) * 5 });
    else expect(plannedFigure).toMatchObject({ status: "suppressed", mark: "<10" });
    expect(figure(release, "national", "nl", "closed_places_planned")?.status).not.toBe("not-recorded");
    expect(figure(release, "supra", supraCode, "closed_places_over_plan")).toBeDefined();
    expect(release.figures.filter((f) => f.areaType === "region" && f.metric === "closed_places_planned")).toEqual([]);

    const hybrid = figure(release, "region", recording!.code, "hybrid_places")!;
    expect(hybrid.status).not.toBe("not-recorded");
    if (hybrid.status === "published") expect(hybrid.value).toBe(Math.round(recorded[0]!.hybrid / 5) * 5);
    expect(figure(release, "region", recording!.code, "round_the_clock_places")?.status).not.toBe("not-recorded");
    for (const metric of ["hybrid_places", "round_the_clock_places"])
      expect(figure(release, "region", silent!.code, metric)).toMatchObject({
        status: "not-recorded",
        value: null,
        mark: "niet geregistreerd",
      });
    expect(recorded[0]!.day_and_night).toBeGreaterThan(0);

    const bytes = (
      await sql<{ text: string }>`select document::text as text from open_releases where as_of = ${WEEK}::date`.execute(db.owner)
    ).rows[0]!.text;
    await sql`update phase_out_plans set planned_places = 0 where year = 2026`.execute(db.owner);
    await sql`update locations set hybrid_places = null`.execute(db.owner);
    expect(await processOpenRelease(db.app, { asOf: WEEK }, NOW)).toEqual({ asOf: WEEK, created: false, figures: 0 });
    expect(
      (await sql<{ text: string }>`select document::text as text from open_releases where as_of = ${WEEK}::date`.execute(db.owner)).rows[0]!
        .text,
    ).toBe(bytes);
  });

  it("gives the new read functions to the release's system actor only", async () => {
    const { rows } = await sql<{ n: string }>`select count(*) as n from app.open_release_phase_out(2026)`.execute(db.app);
    expect(rows[0]!.n).toBe("0");
    const { rows: recorded } = await sql<{ n: string }>`select count(*) as n from app.open_release_recorded(${WEEK}::date)`.execute(db.app);
    expect(recorded[0]!.n).toBe("0");
  });
});
