import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@jeugdregie/auth";
import {
  DEMO_HISTORY,
  DEMO_PASSWORD,
  isDemoCountry,
  readReferenceMunicipalities,
  seedDemo,
  seedDemoCountry,
  seedDemoHistory,
} from "@jeugdregie/db";
import { REQUEST_STATUSES } from "@jeugdregie/domain";
import { computeDemoFigures } from "@jeugdregie/jobs";
import { ApiSession, apiDeps, testCrypto } from "./helpers/api.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

// The demo that `npm start` seeds, whole (seedDemo, then seedDemoCountry, seedDemoHistory and the
// figures, as apps/platform/src/demo-life.ts does): all 42 jeugdzorgregio's grouped in landsdelen,
// a lived history in every region, KPI snapshots and settlements; and a second start adds nothing.
// The only test that seeds the country and its history (the others seed the hand-written demo).
describe("the demo: 42 regions with a history and figures", () => {
  let db: TestDatabase;
  const now = new Date();
  const count = async (query: string) => Number((await sql<{ n: string }>`${sql.raw(query)}`.execute(db.owner)).rows[0]!.n);
  const TABLES = [
    "regions",
    "municipalities",
    "supra_region_members",
    "providers",
    "locations",
    "contracts",
    "users",
    "memberships",
    "children",
    "placement_requests",
    "request_status_changes",
    "offers",
    "placements",
    "oor_justifications",
    "supra_allocations",
    "capacity_negotiations",
    "negotiation_steps",
    "kpi_snapshots",
    "settlements",
  ];
  const counts = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(`select count(*) as n from ${t}`)])));

  beforeAll(async () => {
    db = await createTestDatabase({ seedDemo: true });
    expect(await isDemoCountry(db.owner)).toBe(false);
    expect(await seedDemoCountry(db.owner, await hashPassword(DEMO_PASSWORD), now)).toMatchObject({ regions: 31 });
    expect(await isDemoCountry(db.owner)).toBe(true);
    const written = await seedDemoHistory(db.owner, testCrypto, { ...DEMO_HISTORY, now });
    expect(written!.requests).toBeGreaterThan(1000);
    await computeDemoFigures(db.app, db.owner, now);
  }, 600_000);
  afterAll(async () => db?.drop());

  it("has every jeugdzorgregio of 2026 as a region with its municipalities, each in a landsdeel for closed care", async () => {
    const regions = await db.owner
      .selectFrom("regions as r")
      .leftJoin("municipalities as m", "m.region_id", "r.id")
      .select(["r.name", (eb) => eb.fn.count<string>("m.code").as("municipalities")])
      .groupBy("r.name")
      .execute();
    const reference = readReferenceMunicipalities();
    expect(regions).toHaveLength(new Set(reference.map((m) => m.jeugdzorgregio)).size);
    expect(regions).toHaveLength(42);
    for (const r of regions) expect(Number(r.municipalities), r.name).toBeGreaterThan(0);
    expect(await count("select count(*) as n from municipalities")).toBe(reference.length);
    expect(
      await count(`select count(*) as n from regions r where not exists (
        select 1 from supra_region_members m join supra_region_care_types c on c.supra_region_id = m.supra_region_id
        where m.region_id = r.id and c.care_type = 'jeugdzorgplus')`),
    ).toBe(0);
  });

  it("keeps the hand-written demo as written: its logins work and its regions keep their names", async () => {
    const session = new ApiSession(apiDeps(db.app));
    await session.login("coordinator.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
    expect(await count("select count(*) as n from users where email like '%@jeugdregie.demo'")).toBe(14);
    expect(await count("select count(*) as n from regions where code in ('haaglanden', 'twente', 'centraal-gelderland')")).toBe(3);
  });

  it("gives every region a history: requests, placements, and children waiting or placed", async () => {
    const empty = await sql<{ name: string }>`
      select r.name from regions r
      where not exists (select 1 from placement_requests q where q.region_id = r.id)
         or not exists (select 1 from placements p where p.region_id = r.id)`.execute(db.owner);
    expect(empty.rows).toEqual([]);
  });

  it("has requests in every state, declines with reasons, waiting, re-placements, justified out-of-region offers, negotiations", async () => {
    const statuses = await sql<{ status: string }>`select distinct status from placement_requests`.execute(db.owner);
    expect(statuses.rows.map((r) => r.status).sort()).toEqual([...REQUEST_STATUSES].sort());
    expect(await count("select count(*) as n from offers where status = 'declined' and decline_reason is null")).toBe(0);
    expect(await count("select count(distinct decline_reason) as n from offers where status = 'declined'")).toBeGreaterThan(3);
    expect(
      await count("select count(*) as n from placement_requests where status = 'waiting' and interim_help is not null"),
    ).toBeGreaterThan(10);
    expect(await count("select count(*) as n from placements where end_destination = 'another_placement'")).toBeGreaterThan(10);
    expect(
      await count(`select count(*) as n from offers o where o.location_region_id <> o.region_id and not exists (
        select 1 from oor_justifications j where j.request_id = o.request_id and j.location_id = o.location_id and j.status = 'approved')`),
    ).toBe(0);
    expect(await count("select count(*) as n from offers where location_region_id <> region_id")).toBeGreaterThan(10);
    expect(await count("select count(distinct status) as n from capacity_negotiations")).toBeGreaterThan(1);
    expect(
      await count(
        "select count(*) as n from capacity_negotiations n where not exists (select 1 from negotiation_steps s where s.negotiation_id = n.id)",
      ),
    ).toBe(0);
  });

  it("records each request's status history at the times it happened, ending where the request stands", async () => {
    const wrong = await sql<{ n: string }>`
      with latest as (
        select distinct on (request_id) request_id, status from request_status_changes order by request_id, changed_at desc, id desc
      ), earliest as (select request_id, min(changed_at) as at from request_status_changes group by request_id)
      select count(*) as n from placement_requests r
      left join latest l on l.request_id = r.id left join earliest e on e.request_id = r.id
      where l.status is distinct from r.status or e.at is distinct from r.created_at`.execute(db.owner);
    expect(Number(wrong.rows[0]!.n)).toBe(0);
  });

  it("has KPI snapshots for every region and the last six complete months, and settlements with placement days", async () => {
    const months = await sql<{ month: string; regions: string }>`
      select to_char(month, 'YYYY-MM') as month, count(distinct region_id) as regions from kpi_snapshots group by 1 order by 1`.execute(
      db.owner,
    );
    expect(months.rows.length).toBeGreaterThanOrEqual(7);
    for (const m of months.rows) expect(Number(m.regions), m.month).toBe(42);
    expect(await count("select count(*) as n from settlements where placement_days > 0")).toBeGreaterThan(0);
    expect(
      await count("select count(*) as n from settlements where region_id = (select id from regions where code = 'haaglanden')"),
    ).toBeGreaterThan(0);
  });

  it("is idempotent: seeding again, the history again and the figures again change nothing", async () => {
    const before = await counts();
    expect((await seedDemo(db.owner, hashPassword)).skipped).toBe(true);
    expect(await seedDemoCountry(db.owner, "not-used", now)).toBeNull();
    expect(await seedDemoHistory(db.owner, testCrypto, { ...DEMO_HISTORY, now })).toBeNull();
    await computeDemoFigures(db.app, db.owner, now);
    expect(await counts()).toEqual(before);
  });

  it("is work a coordinator can pick up: the queue lists it, matching ranks places for a waiting child", async () => {
    const session = new ApiSession(apiDeps(db.app));
    await session.login("coordinator.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
    const { caller } = await session.caller();
    const queue = (await caller.placement.queue()).items;
    expect(queue.length).toBeGreaterThan(0);
    const detail = await caller.placement.get({ requestId: queue[0]!.id });
    expect(detail.bsnMasked).toMatch(/^\*{5}\d{4}$/);
    const open = queue.find((r) => r.status === "waiting" || r.status === "matching") ?? queue[0]!;
    const proposals = await caller.placement.proposals({ requestId: open.id });
    expect(proposals.matches.length + proposals.excluded.length).toBeGreaterThan(0);
    const figures = await caller.kpi.snapshots({ kpi: "waiting_list" });
    expect(figures.items.length).toBeGreaterThan(0);
  });
});
