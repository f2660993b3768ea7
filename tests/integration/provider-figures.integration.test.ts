import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@jeugdregie/db";
import { previousMonth, type TenantScope } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { testCrypto } from "./helpers/api.ts";
import { routerCaller, type Outcome } from "./helpers/router-calls.ts";
import { REGION_ROLES, type TenantWorld } from "./helpers/tenant-world.ts";
import { arrangeTwoWorlds } from "./helpers/two-worlds.ts";

/*
 * Provider figures (issue 13, part 6). In March 2025, region A, provider A, a new location L
 * (band K, 2 places):
 *   offers sent in March: accepted (1 h), declined no_capacity (3 h), declined age (5 h) -> 3, median 3 h
 *   an offer sent and accepted in February (its placement runs all of March)             -> not counted
 *   placements: 1 March up to 11 March at L (10 etmalen, started and ended in March)
 *               from 20 February, running, at L (31 etmalen in March)
 *   occupied = 41 place-days; P x Q = 41 x the region's tariff for K.
 */
const MONTH = "2025-03";
let db: TestDatabase;
let a: TenantWorld;
let b: TenantWorld;
let location: string;
let asA: ReturnType<typeof routerCaller>;
let asB: ReturnType<typeof routerCaller>;
let count = 0;

const callerOf = (world: TenantWorld) =>
  routerCaller(db.owner, db.app, (role) => {
    const user = world.users[role];
    return user && { id: user.id, regionId: (REGION_ROLES as readonly string[]).includes(role) ? world.regionId : null };
  });

const body = <T>(outcome: Outcome): T => {
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.body}`);
  return JSON.parse(outcome.body) as T;
};

/** An offer of region A to provider A at L, sent and answered at these times, with a placement when given. */
async function offer(
  sentAt: string,
  answer: { status: "accepted" | "declined"; at: string; reason?: "no_capacity" | "age" },
  stay?: [string, string | null],
) {
  count++;
  const child = await db.owner
    .insertInto("children")
    .values({
      region_id: a.regionId,
      pseudonym: `J-CIJF${count}`,
      bsn_hash: testCrypto.lookupHash(`cijf-${count}`),
      bsn_encrypted: testCrypto.encrypt(`cijf-${count}`),
      birth_date: "2011-01-01",
      gender: "2",
      home_municipality_code: a.municipalityCode,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const request = await db.owner
    .insertInto("placement_requests")
    .values({
      region_id: a.regionId,
      child_id: child.id,
      referrer_user_id: a.users.referrer!.id,
      referrer_kind: "01",
      urgency: "regular",
      status: stay ? "placed" : "matching",
      care_type: "jeugdzorgplus",
      submitted_at: new Date(sentAt),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const row = await db.owner
    .insertInto("offers")
    .values({
      region_id: a.regionId,
      request_id: request.id,
      location_region_id: a.regionId,
      location_id: location,
      provider_id: a.providerId,
      status: answer.status,
      sent_by: a.users.placement_coordinator!.id,
      sent_at: new Date(sentAt),
      deadline_at: new Date(Date.parse(sentAt) + 86_400_000),
      responded_at: new Date(answer.at),
      decline_reason: answer.reason ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (stay)
    await db.owner
      .insertInto("placements")
      .values({
        region_id: a.regionId,
        request_id: request.id,
        offer_id: row.id,
        location_region_id: a.regionId,
        location_id: location,
        provider_id: a.providerId,
        starts_on: stay[0],
        ended_on: stay[1],
        end_destination: stay[1] ? "home" : null,
      })
      .execute();
}

beforeAll(async () => {
  db = await createTestDatabase();
  ({ a, b } = await arrangeTwoWorlds(db.owner));
  const row = await db.owner
    .insertInto("locations")
    .values({
      region_id: a.regionId,
      provider_id: a.providerId,
      name: "Cijfers K",
      municipality_code: a.municipalityCode,
      care_types: ["jeugdzorgplus"],
      age_min: 12,
      age_max: 18,
      intensity_band: "K",
      capacity: 2,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  location = row.id;
  await offer("2025-02-19T09:00:00Z", { status: "accepted", at: "2025-02-19T10:00:00Z" }, ["2025-02-20", null]);
  await offer("2025-03-01T08:00:00Z", { status: "accepted", at: "2025-03-01T09:00:00Z" }, ["2025-03-01", "2025-03-11"]);
  await offer("2025-03-05T08:00:00Z", { status: "declined", at: "2025-03-05T11:00:00Z", reason: "no_capacity" });
  await offer("2025-03-06T08:00:00Z", { status: "declined", at: "2025-03-06T13:00:00Z", reason: "age" });
  // Last month's snapshots of provider A besides the world's requested occupancy: declines (not asked yet) and a care-type split.
  const lastMonth = `${previousMonth(new Date())}-01`;
  await db.owner
    .insertInto("kpi_snapshots")
    .values([
      {
        region_id: a.regionId,
        month: lastMonth,
        kpi: "declines",
        provider_id: a.providerId,
        value: 4,
        numerator: 4,
        denominator: 9,
        definitions_version: 1,
      },
      {
        region_id: a.regionId,
        month: lastMonth,
        kpi: "occupancy",
        provider_id: a.providerId,
        care_type: "jeugdzorgplus",
        value: 0.9,
        definitions_version: 1,
      },
    ])
    .execute();
  asA = callerOf(a);
  asB = callerOf(b);
});
afterAll(() => db.drop());

interface Figures {
  items: {
    regionId: string;
    month: string;
    offersReceived: number;
    accepted: number;
    declined: number;
    declinesByReason: Record<string, number>;
    responseHoursMedian: number | null;
    placementsStarted: number;
    placementsEnded: number;
    occupiedDays: number;
    capacityDays: number;
    pxqDays: number;
    pxqCents: number;
  }[];
  nextCursor: string | null;
}
interface KpiValues {
  items: { regionId: string; kpi: string; month: string; value: number; locationId: string | null }[];
}

describe("a provider's own figures", () => {
  it("counts offers, declines by reason, response time, placements, occupancy and money per region and month", async () => {
    const page = body<Figures>(await asA("provider.figures", "provider_user", { fromMonth: "2025-01", toMonth: "2025-06" }));
    const march = page.items.find((f) => f.regionId === a.regionId && f.month === MONTH)!;
    const places = await db.owner
      .selectFrom("locations")
      .select(sql<number>`sum(capacity)::int`.as("places"))
      .where("region_id", "=", a.regionId)
      .where("provider_id", "=", a.providerId)
      .executeTakeFirstOrThrow();
    const tariff = await db.owner
      .selectFrom("intensity_tariffs")
      .select("tariff_cents")
      .where("region_id", "=", a.regionId)
      .where("band", "=", "K")
      .orderBy("valid_from", "desc")
      .executeTakeFirst();
    expect(march).toMatchObject({
      offersReceived: 3,
      accepted: 1,
      declined: 2,
      declinesByReason: { no_capacity: 1, age: 1, no_fit_for_needs: 0, group_safety_risk: 0, other: 0 },
      responseHoursMedian: 3,
      placementsStarted: 1,
      placementsEnded: 1,
      occupiedDays: 41,
      capacityDays: places.places * 31,
      pxqDays: 41,
      pxqCents: 41 * (tariff?.tariff_cents ?? 58_227),
    });
    const february = page.items.find((f) => f.regionId === a.regionId && f.month === "2025-02")!;
    expect(february).toMatchObject({ offersReceived: 1, accepted: 1, placementsStarted: 1, occupiedDays: 9 });
  });

  it("pages by region and month without repeating a row", async () => {
    const first = body<Figures>(await asA("provider.figures", "provider_admin", { fromMonth: "2025-01", toMonth: "2025-06", limit: 4 }));
    expect(first.items).toHaveLength(4);
    const second = body<Figures>(
      await asA("provider.figures", "provider_admin", { fromMonth: "2025-01", toMonth: "2025-06", limit: 4, cursor: first.nextCursor }),
    );
    const keys = [...first.items, ...second.items].map((f) => `${f.regionId}${f.month}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("never shows another provider's figures, through the API or straight SQL", async () => {
    const page = body<Figures>(await asB("provider.figures", "provider_user", { fromMonth: "2025-01", toMonth: "2025-06" }));
    expect(page.items.filter((f) => f.regionId === a.regionId)).toEqual([]);
    expect(page.items.every((f) => f.offersReceived === 0 && f.occupiedDays === 0)).toBe(true);
    const csv = body<{ content: string }>(
      await asB("provider.figuresExport", "provider_user", { fromMonth: "2025-01", toMonth: "2025-06", table: "cijfers" }),
    );
    expect(csv.content).not.toContain(";41;");
    const scopeB: TenantScope = {
      userId: b.users.provider_user!.id,
      role: "provider_user",
      regionId: null,
      providerId: b.providerId,
      supraRegionId: null,
    };
    const rows = await withTenant(db.app, scopeB, (tx) =>
      sql<{
        n: number;
      }>`select count(*)::int as n from app.provider_kpi_values('2020-01-01', '2100-01-01') where region_id = ${a.regionId}`.execute(tx),
    );
    expect(rows.rows[0]!.n).toBe(0);
    const requests = await withTenant(db.app, scopeB, (tx) => tx.selectFrom("contract_kpi_requests").selectAll().execute());
    expect(requests.map((r) => r.provider_id)).not.toContain(a.providerId);
  });

  it("refuses region roles, and bad months with a clear message", async () => {
    const admin = await asA("provider.figures", "region_admin", {});
    expect(admin.ok ? "ok" : admin.code).toBe("FORBIDDEN");
    for (const [input, message] of [
      [{ toMonth: "2099-01" }, /nog niet begonnen/],
      [{ fromMonth: "2025-06", toMonth: "2025-01" }, /na de laatste/],
      [{ fromMonth: "2024-01", toMonth: "2025-06" }, /hoogstens 12/],
      [{ toMonth: "2025-13" }, /jaar-maand/],
    ] as const) {
      const outcome = await asA("provider.figures", "provider_user", input);
      expect(outcome.ok ? "ok" : outcome.code).toBe("BAD_REQUEST");
      expect(outcome.body).toMatch(message);
    }
  });

  it("downloads its figures as CSV", async () => {
    const csv = body<{ filename: string; content: string }>(
      await asA("provider.figuresExport", "provider_user", { fromMonth: "2025-03", toMonth: "2025-03", table: "cijfers" }),
    );
    expect(csv.filename).toBe("cijfers-2025-03-tot-en-met-2025-03.csv");
    expect(csv.content.split("\n")[0]).toMatch(/^regio;maand;bezettingsgraad_procent/);
    expect(csv.content).toMatch(new RegExp(`;${MONTH};[0-9,]+;41;`));
  });
});

describe("the KPIs a region asks of a provider", () => {
  it("gives the provider exactly the requested KPIs of its own, and follows the region's changes", async () => {
    const before = body<KpiValues>(await asA("provider.kpiValues", "provider_user", {}));
    expect(before.items.map((v) => `${v.kpi}:${v.locationId === null ? "all" : "location"}`)).toEqual(["occupancy:location"]);
    expect(before.items[0]!.value).toBe(0.5);

    const asked = body<{ requested: string[] }>(
      await asA("contracts.requestKpis", "region_admin", { contractId: a.contractId, kpis: ["declines", "occupancy"] }),
    );
    expect(asked.requested).toEqual(["occupancy", "declines"]);
    const after = body<KpiValues>(await asA("provider.kpiValues", "provider_user", {}));
    expect(after.items.map((v) => v.kpi).sort()).toEqual(["declines", "occupancy"]);
    const shown = body<{ requested: string[]; available: { key: string }[] }>(
      await asA("contracts.kpiRequests", "region_admin", { contractId: a.contractId }),
    );
    expect(shown.requested.sort()).toEqual(["declines", "occupancy"]);
    expect(shown.available.map((k) => k.key)).toContain("long_wait");

    body(await asA("contracts.requestKpis", "region_admin", { contractId: a.contractId, kpis: ["declines"] }));
    const fewer = body<KpiValues>(await asA("provider.kpiValues", "provider_user", {}));
    expect(fewer.items.map((v) => v.kpi)).toEqual(["declines"]);
    const csv = body<{ content: string }>(await asA("provider.figuresExport", "provider_user", { table: "kengetallen" }));
    expect(csv.content).toContain(";declines;Afwijzingen door aanbieders;");
    const audit = await db.owner.selectFrom("audit_log").select("details").where("entity", "=", "contract_kpi_requests").execute();
    expect(audit.length).toBe(2);
  });

  it("lets a region admin ask only of its own region's contracts, and only KPIs a provider can report", async () => {
    const foreign = await asB("contracts.requestKpis", "region_admin", { contractId: a.contractId, kpis: ["occupancy"] });
    expect(foreign.ok ? "ok" : foreign.code).toBe("NOT_FOUND");
    const read = await asB("contracts.kpiRequests", "region_admin", { contractId: a.contractId });
    expect(read.ok ? "ok" : read.code).toBe("NOT_FOUND");
    const wrong = await asA("contracts.requestKpis", "region_admin", { contractId: a.contractId, kpis: ["waiting_list"] });
    expect(wrong.ok ? "ok" : wrong.code).toBe("BAD_REQUEST");
    expect(wrong.body).toMatch(/kan een aanbieder niet aanleveren/);
    // Straight SQL as region B's admin: no row of A's contract can be written.
    const scope: TenantScope = {
      userId: b.users.region_admin!.id,
      role: "region_admin",
      regionId: b.regionId,
      providerId: null,
      supraRegionId: null,
    };
    await expect(
      withTenant(db.app, scope, (tx) =>
        tx
          .insertInto("contract_kpi_requests")
          .values({
            region_id: a.regionId,
            contract_id: a.contractId,
            provider_id: a.providerId,
            kpi: "long_wait",
            requested_by: scope.userId,
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("lists what regions ask and the settlements that concern the provider", async () => {
    const requests = body<{ items: { regionId: string; kpi: string }[] }>(await asA("provider.kpiRequests", "provider_user", {}));
    expect(requests.items.every((r) => r.regionId === a.regionId)).toBe(true);
    const settlements = body<{ items: { regionId: string }[] }>(await asA("provider.settlements", "provider_user", {}));
    expect(settlements.items.map((s) => s.regionId)).toEqual([a.regionId]);
    const ofB = body<{ items: { regionId: string }[] }>(await asB("provider.settlements", "provider_user", {}));
    expect(ofB.items.map((s) => s.regionId)).toEqual([b.regionId]);
  });
});
