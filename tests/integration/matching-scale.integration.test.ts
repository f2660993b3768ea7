import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, loadCandidates, loadSyntheticCountry, matchRequest, withTenant, type Database } from "@jeugdregie/db";
import type { TenantScope } from "@jeugdregie/domain";
import { rawRanking } from "../bench/measures/matching.ts";
import { testCrypto } from "./helpers/api.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

/*
 * Issue 12, matching at scale, on a small synthetic country written through the triggers:
 * occupancy is a count the database keeps (not a count of history per candidate), the pooled
 * locations are resolved once per statement (not per row), and only locations of the asked care
 * type reach the ranking, which still equals the raw SQL lower bound of the bench.
 */
let db: TestDatabase;
let regionId: string;
let pooledCareType: string;
const coordinator = (region: string = regionId): TenantScope => ({
  userId: "00000000-0000-4000-8000-000000000001",
  role: "placement_coordinator",
  regionId: region,
  providerId: null,
  supraRegionId: null,
});

/** Running placements and offers holding a place, counted from history (the truth the counts must keep). */
async function occupancyDrift(owner: Database) {
  const { rows } = await sql<{ id: string; occupied: number; reserved: number; next_planned_end: string | null; truth: string }>`
    select l.id, l.occupied, l.reserved, l.next_planned_end::text,
      concat_ws('/',
        (select count(*) from placements p where p.location_region_id = l.region_id and p.location_id = l.id and p.ended_on is null),
        (select count(*) from offers o where o.location_region_id = l.region_id and o.location_id = l.id and o.status in ('open', 'accepted')
           and not exists (select 1 from placements p where p.region_id = o.region_id and p.offer_id = o.id)),
        (select min(p.planned_end_on)::text from placements p where p.location_region_id = l.region_id and p.location_id = l.id and p.ended_on is null)
      ) as truth
    from locations l`.execute(owner);
  const drift = rows.filter((r) => concatWs(r.occupied, r.reserved, r.next_planned_end) !== r.truth);
  return {
    locations: rows.length,
    drift,
    occupied: rows.reduce((s, r) => s + r.occupied, 0),
    reserved: rows.reduce((s, r) => s + r.reserved, 0),
  };
}
const concatWs = (...parts: (number | string | null)[]) => parts.filter((p) => p !== null).join("/");

beforeAll(async () => {
  db = await createTestDatabase();
  // Written without trustReferences: every offer and placement goes through the counting triggers.
  await loadSyntheticCountry(db.owner, { seed: 7, scale: 0.01, days: 400, now: new Date(), cipher: testCrypto, passwordHash: "x" });
  // A region with another member region's location of a pooled care type, so pooled candidates exist.
  const pooled = await sql<{ region_id: string; care_type: string }>`
    select mine.region_id, c.care_type from supra_region_members mine
    join supra_region_care_types c on c.supra_region_id = mine.supra_region_id
    join supra_region_members other on other.supra_region_id = mine.supra_region_id and other.region_id <> mine.region_id
    join locations l on l.region_id = other.region_id and c.care_type = any(l.care_types)
    group by 1, 2 order by count(*) desc, 1, 2 limit 1`.execute(db.owner);
  regionId = pooled.rows[0]!.region_id;
  pooledCareType = pooled.rows[0]!.care_type;
}, 120_000);
afterAll(async () => db?.drop());

describe("occupancy kept by the database", () => {
  it("counts running placements and held offers per location through bulk writes, answers, ends and deletes", async () => {
    const loaded = await occupancyDrift(db.owner);
    expect(loaded.occupied).toBeGreaterThan(50);
    expect(loaded.reserved).toBeGreaterThan(0);
    expect(loaded.drift, "locations whose counts differ from their history").toEqual([]);

    // Every way a place is taken or given back, in sets (statement triggers see many rows at once).
    await sql`update offers set status = 'expired', responded_at = now() where id in (select id from offers where status = 'open' limit 3)`.execute(
      db.owner,
    );
    await sql`update placements set ended_on = current_date, end_destination = 'home' where id in (select id from placements where ended_on is null order by id limit 10)`.execute(
      db.owner,
    );
    await sql`update placements set planned_end_on = planned_end_on - 1 where id in (select id from placements where ended_on is null order by id desc limit 10)`.execute(
      db.owner,
    );
    await sql`delete from placements where id in (select p.id from placements p where p.ended_on is null order by p.id limit 2)`.execute(
      db.owner,
    );
    const after = await occupancyDrift(db.owner);
    expect(after.drift, "locations whose counts differ after answers, ends and deletes").toEqual([]);
    expect(after.occupied).toBeLessThan(loaded.occupied);
  });

  it("never lets the application role write the counts", async () => {
    const admin: TenantScope = { ...coordinator(), role: "region_admin" };
    const before = await db.owner
      .selectFrom("locations")
      .select(["id", "occupied", "reserved"])
      .where("region_id", "=", regionId)
      .orderBy("id")
      .execute();
    await withTenant(db.app, admin, (tx) =>
      sql`update locations set occupied = 0, reserved = 0, capacity = capacity where region_id = ${regionId}`.execute(tx),
    );
    const after = await db.owner
      .selectFrom("locations")
      .select(["id", "occupied", "reserved"])
      .where("region_id", "=", regionId)
      .orderBy("id")
      .execute();
    expect(after).toEqual(before);
    expect(before.some((l) => l.occupied > 0)).toBe(true);
  });
});

describe("matching reads only what it ranks", () => {
  it("considers locations of the asked care type only, ranked as the raw SQL lower bound", async () => {
    // The region whose requests ask for the most care types, so that several are compared.
    const region = (
      await sql<{ region_id: string }>`
        select region_id from placement_requests group by region_id order by count(distinct care_type) desc, region_id limit 1`.execute(
        db.owner,
      )
    ).rows[0]!.region_id;
    const requests = await sql<{ id: string; care_type: string }>`
      select distinct on (care_type) id, care_type from placement_requests where region_id = ${region} order by care_type, id`.execute(
      db.owner,
    );
    expect(requests.rows.length).toBeGreaterThan(2);
    for (const request of requests.rows) {
      const { candidates, matches } = await withTenant(db.app, coordinator(region), (tx) => matchRequest(tx, region, request.id));
      const careTypes = new Set(candidates.flatMap((c) => (c.careTypes.includes(request.care_type) ? [] : [c.locationId])));
      expect(careTypes.size, `locations without ${request.care_type} read for it`).toBe(0);
      expect(matches.map((m) => m.locationId)).toEqual(await rawRanking(db.owner, region, request.id));
    }
  });

  it("resolves pooled locations once per statement, not once per location", async () => {
    // Function-call counts of this transaction need track_functions, which only a superuser sets.
    const { rows: names } = await sql<{ current_database: string }>`select current_database()`.execute(db.owner);
    await sql.raw(`alter database ${names[0]!.current_database} set track_functions = 'all'`).execute(db.owner);
    const fresh = createDatabase(db.appUrl, { max: 1 });
    try {
      const careType = pooledCareType;
      const oneLocation = (
        await db.owner.selectFrom("locations").select("id").where("region_id", "<>", regionId).orderBy("id").executeTakeFirstOrThrow()
      ).id;
      const counted = await withTenant(fresh, coordinator(), async (tx) => {
        const calls = async () =>
          (
            await sql<{ n: number }>`
              select coalesce(sum(pg_stat_get_xact_function_calls(p.oid)), 0)::int as n from pg_proc p
              where p.pronamespace = 'app'::regnamespace and p.proname in ('pooled_for_scope', 'pooled_keys', 'pooled_regions', 'location_occupancy')`.execute(
              tx,
            )
          ).rows[0]!.n;
        const start = await calls();
        const visible = (await sql<{ n: number }>`select count(*)::int as n from locations`.execute(tx)).rows[0]!.n;
        const afterAll = await calls();
        await sql`select count(*) from locations where id = ${oneLocation}`.execute(tx);
        const afterOne = await calls();
        const candidates = await loadCandidates(tx, regionId, 30, careType);
        const afterMatching = await calls();
        return { visible, candidates, allRows: afterAll - start, oneRow: afterOne - afterAll, matching: afterMatching - afterOne };
      });
      expect(
        counted.candidates.some((c) => c.regionId !== regionId),
        "pooled candidates from other regions",
      ).toBe(true);
      expect(counted.visible).toBeGreaterThan(8);
      // Reading every visible location costs as many pooled lookups as reading one (none per row).
      const { candidates: _, ...figures } = counted;
      expect(counted.allRows, JSON.stringify(figures)).toBe(counted.oneRow);
      // Matching: a fixed handful of calls per statement (resolving the pool), none per candidate.
      expect(counted.matching, JSON.stringify(figures)).toBeLessThanOrEqual(6);
    } finally {
      await fresh.destroy();
    }
  });
});
