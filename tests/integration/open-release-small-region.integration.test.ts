import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleOpenApiRequest } from "@jeugdregie/api";
import { cellKey, flowTable, type DisclosureTable, type OpenFigure, type PublishedTable, type RegionCount } from "@jeugdregie/domain";
import { processOpenRelease } from "@jeugdregie/jobs";
import { unprotected } from "../helpers/disclosure/attacker.ts";
import { unchangedCells, WEEK_1, WEEK_2 } from "../helpers/disclosure/scenario.ts";
import { csvDownload } from "../../apps/web/app/lib/csv-download.server.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

/*
 * The example through the whole chain: real placements in the demo's regions, the weekly
 * job, the stored release and the open API. Drenthe has 3 children placed outside it (in Twente)
 * in two consecutive weeks, its two neighbours in the same supra area exactly 10 each (the flows
 * of tests/helpers/disclosure/scenario.ts). Drenthe shows "<10", and from everything the two
 * releases publish (regions, supra areas, the country, the flow matrix, both weeks, knowing which
 * cells did not change) an attacker's linear program still cannot narrow the 3 beyond 1..9.
 */
const REGION: Record<string, string> = {
  G1: "drenthe",
  G2: "haaglanden",
  G3: "zuid-holland-zuid",
  H1: "twente",
  H2: "achterhoek",
  H3: "food-valley",
};
const ORDER = ["G1", "G2", "G3", "H1", "H2", "H3"];
const AS_OF_1 = "2026-11-16";
const AS_OF_2 = "2026-11-23";
const NOW = new Date("2026-11-26T10:00:00Z");

let db: TestDatabase;

/** `count` children of `from` placed at a location of `to`, starting on `startsOn` (and ending on `endsOn`). */
async function place(from: string, to: string, count: number, startsOn: string, endsOn: string | null = null) {
  await sql`
    with home as (select r.id, (select m.code from municipalities m where m.region_id = r.id order by m.code limit 1) as municipality,
                    (select u.id from users u order by u.email limit 1) as coordinator
                  from regions r where r.code = ${from}),
    place as (select l.region_id, l.id, l.provider_id from locations l join regions r on r.id = l.region_id
              where r.code = ${to} and 'behandelgroep' = any(l.care_types) order by l.id limit 1),
    kids as (
      insert into children (region_id, pseudonym, bsn_hash, bsn_encrypted, birth_date, gender, home_municipality_code)
      select home.id, 'J-' || upper(substr(md5(random()::text), 1, 10)), md5(random()::text), 'v1:x', date '2012-01-01', '1', home.municipality
      from home, generate_series(1, ${count}) returning region_id, id),
    requests as (
      insert into placement_requests (region_id, child_id, referrer_user_id, referrer_kind, status, care_type, submitted_at)
      select kids.region_id, kids.id, home.coordinator, '01', 'placed', 'behandelgroep', ${startsOn}::date - 20 from kids, home
      returning region_id, id),
    sent as (
      insert into offers (region_id, request_id, location_region_id, location_id, provider_id, status, sent_at, deadline_at, responded_at)
      select requests.region_id, requests.id, place.region_id, place.id, place.provider_id, 'accepted',
        ${startsOn}::date - 10, ${startsOn}::date - 7, ${startsOn}::date - 9
      from requests, place returning region_id, request_id, id, location_region_id, location_id, provider_id)
    select count(*) from sent`.execute(db.owner);
  // Its own statement: the place an accepted offer holds is counted before the placement takes it over.
  await sql`
    with sent as (select o.* from offers o where o.status = 'accepted' and not exists (select 1 from placements p where p.offer_id = o.id))
    insert into placements (region_id, request_id, offer_id, location_region_id, location_id, provider_id, starts_on, ended_on, end_destination)
    select region_id, request_id, id, location_region_id, location_id, provider_id, ${startsOn}::date, ${endsOn}::date,
      case when ${endsOn}::date is null then null else 'home' end
    from sent`.execute(db.owner);
}

async function storedTruth(asOf: string): Promise<{ cells: Record<string, number>; published: PublishedTable }> {
  const { rows } = await sql<{ cells: Record<string, number>; published: PublishedTable }>`
    select cells, published from open_release_truths where as_of = ${asOf}::date`.execute(db.owner);
  return rows[0]!;
}

/** The out-of-region table of a release as the attacker knows its shape: every region with data, its supra area, the relations. */
async function shapeOf(asOf: string): Promise<DisclosureTable> {
  const release = await (
    await handleOpenApiRequest({ db: db.app }, new Request(`http://x/api/open/v1/releases/${asOf}`), csvDownload)
  ).json();
  const regions = (release as { areas: { areaType: string; code: string; supraArea: string; hasData: boolean }[] }).areas.filter(
    (a) => a.areaType === "region" && a.hasData,
  );
  const counts: RegionCount[] = regions.map((r) => ({ regionId: r.code, supraAreaId: r.supraArea, count: 0 }));
  return { ...flowTable("out_of_region", counts, []), cells: {} };
}

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  for (const from of ORDER)
    for (const [j, to] of ORDER.entries()) {
      const both = Math.min(WEEK_1[from]![j]!, WEEK_2[from]![j]!);
      if (both > 0) await place(REGION[from]!, REGION[to]!, both, "2026-10-01");
      // What only week 1 has ends between the releases; what only week 2 has starts between them.
      if (WEEK_1[from]![j]! > both) await place(REGION[from]!, REGION[to]!, WEEK_1[from]![j]! - both, "2026-10-01", "2026-11-18");
      if (WEEK_2[from]![j]! > both) await place(REGION[from]!, REGION[to]!, WEEK_2[from]![j]! - both, "2026-11-18");
    }
  await processOpenRelease(db.app, { asOf: AS_OF_1 }, NOW);
  await processOpenRelease(db.app, { asOf: AS_OF_2 }, NOW);
});
afterAll(async () => db?.drop());

describe("a region with 3 children placed outside it, in the open releases", () => {
  it('counts what the database holds, and shows the 3 as "<10" in both weeks', async () => {
    for (const [asOf, week] of [
      [AS_OF_1, WEEK_1],
      [AS_OF_2, WEEK_2],
    ] as const) {
      const truth = await storedTruth(asOf);
      expect(truth.cells[cellKey.region("out_of_region", "drenthe")]).toBe(3);
      expect(truth.cells[cellKey.flow("out_of_region", "drenthe", "twente")]).toBe(3);
      expect(truth.cells[cellKey.region("out_of_region", "achterhoek")]).toBe(week.H2!.reduce((s, n) => s + n, 0));
      const response = await handleOpenApiRequest(
        { db: db.app },
        new Request(`http://x/api/open/v1/releases/${asOf}/figures?metric=out_of_region&areaType=region&area=drenthe`),
        csvDownload,
      );
      const { figures } = (await response.json()) as { figures: OpenFigure[] };
      expect(figures).toEqual([
        { areaType: "region", area: "drenthe", metric: "out_of_region", careType: null, status: "suppressed", value: null, mark: "<10" },
      ]);
    }
  });

  it("lets nobody derive the 3 from the supra area, the country, the flow matrix or the previous week", async () => {
    const [first, second] = [await storedTruth(AS_OF_1), await storedTruth(AS_OF_2)];
    const only = (table: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(table).filter(([key]) => key.startsWith("out_of_region/")));
    const releases = [
      { shape: { ...(await shapeOf(AS_OF_1)), cells: only(first.cells) }, published: only(first.published) as PublishedTable },
      { shape: { ...(await shapeOf(AS_OF_2)), cells: only(second.cells) }, published: only(second.published) as PublishedTable },
    ];
    const unchanged = unchangedCells(
      { cells: only(first.cells) as Record<string, number>, relations: [] },
      { cells: only(second.cells) as Record<string, number>, relations: [] },
    );
    // The supra area of Drenthe and the country are published (a figure, or hidden as "x").
    expect(first.published[cellKey.supraArea("out_of_region", "geen-landsdeel")]).toBeDefined();
    expect(first.published[cellKey.national("out_of_region")]).toBeDefined();
    expect(unprotected(releases, { unchanged })).toEqual([]);
  });
});
