import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeKpiSnapshots, readNeedSupply, withTenant } from "@jeugdregie/db";
import { parseCsv, quarterOf, reportQuarter, systemScopeFor, type CareType, type DeclineReason } from "@jeugdregie/domain";
import { testCrypto } from "../helpers/api.ts";
import { routerCaller, type Outcome } from "../helpers/router-calls.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";
import { REGION_ROLES, type TenantWorld } from "../helpers/tenant-world.ts";
import { arrangeTwoWorlds } from "../helpers/two-worlds.ts";

/*
 * Real need against supply and the quarterly report on a small world checked by hand: the first
 * quarter of 2025 in region A (the tenant world's own rows are of today, outside it). A has a
 * contracted jeugdzorgplus location (L1, 4 places) and one for behandelgroep and crisisplek (L2, 4
 * places), neither with an expertise, under a confirmed contract; B has a jeugdzorgplus location.
 */
const QUARTER = "2025-K1";

let db: TestDatabase;
let a: TenantWorld;
let b: TenantWorld;
let call: ReturnType<typeof routerCaller>;

type Where = { regionId: string; id: string; providerId: string };

async function arrange() {
  const child = async () =>
    (
      await db.owner
        .insertInto("children")
        .values({
          region_id: a.regionId,
          pseudonym: `J-${randomUUID().slice(0, 7)}`,
          bsn_hash: testCrypto.lookupHash(randomUUID()),
          bsn_encrypted: testCrypto.encrypt("999999990"),
          birth_date: "2012-01-01",
          gender: "1",
          home_municipality_code: a.municipalityCode,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const request = async (
    careType: CareType,
    status: "placed" | "ended" | "withdrawn" | "waiting" | "matching",
    submittedAt: string,
    more: { updatedAt?: string; waitingSince?: string; expertise?: string[] } = {},
  ) =>
    (
      await db.owner
        .insertInto("placement_requests")
        .values({
          region_id: a.regionId,
          child_id: await child(),
          referrer_user_id: a.users.referrer!.id,
          referrer_kind: "01",
          status,
          care_type: careType,
          expertise_tags: more.expertise ?? [],
          submitted_at: new Date(submittedAt),
          waiting_since: more.waitingSince ? new Date(more.waitingSince) : null,
          created_at: new Date(submittedAt),
          updated_at: new Date(more.updatedAt ?? submittedAt),
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const offer = async (requestId: string, where: Where, status: "accepted" | "declined", on: string, reason: DeclineReason | null = null) =>
    (
      await db.owner
        .insertInto("offers")
        .values({
          region_id: a.regionId,
          request_id: requestId,
          location_region_id: where.regionId,
          location_id: where.id,
          provider_id: where.providerId,
          status,
          sent_at: new Date(`${on}T08:00:00Z`),
          deadline_at: new Date(`${on}T20:00:00Z`),
          responded_at: new Date(`${on}T10:00:00Z`),
          decline_reason: reason,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const place = async (requestId: string, where: Where, startsOn: string, endedOn: string | null = null) =>
    db.owner
      .insertInto("placements")
      .values({
        region_id: a.regionId,
        request_id: requestId,
        offer_id: await offer(requestId, where, "accepted", startsOn),
        location_region_id: where.regionId,
        location_id: where.id,
        provider_id: where.providerId,
        starts_on: startsOn,
        ended_on: endedOn,
        end_destination: endedOn ? "home" : null,
      })
      .execute();
  // The provider confirmed A's contract (a proposal is not contracted capacity).
  await db.owner.updateTable("contracts").set({ status: "confirmed", answered_at: new Date() }).where("id", "=", a.contractId).execute();
  const l1 = { regionId: a.regionId, id: a.locationId, providerId: a.providerId };
  const l2 = { regionId: a.regionId, id: a.secondLocationId, providerId: a.providerId };
  const elsewhere = { regionId: b.regionId, id: b.locationId, providerId: b.providerId };

  // R1 jeugdzorgplus: submitted 10 Jan, waiting from 15 Jan, declined for capacity 20 Jan, placed in L1 on 1 Feb (a good fit).
  const r1 = await request("jeugdzorgplus", "placed", "2025-01-10T09:00:00Z", { waitingSince: "2025-01-15T09:00:00Z" });
  await offer(r1, l1, "declined", "2025-01-20", "no_capacity");
  await place(r1, l1, "2025-02-01");
  // R2 behandelgroep with trauma: submitted 1 Feb, placed on 11 Feb in B's jeugdzorgplus location: a poor fit.
  const r2 = await request("behandelgroep", "placed", "2025-02-01T09:00:00Z", { expertise: ["trauma"] });
  await place(r2, elsewhere, "2025-02-11");
  // R3 jeugdzorgplus with lvb: submitted 1 Mar, declined for age 3 Mar, waiting from 5 Mar and still at the end.
  const r3 = await request("jeugdzorgplus", "waiting", "2025-03-01T09:00:00Z", {
    expertise: ["lvb"],
    waitingSince: "2025-03-05T09:00:00Z",
  });
  await offer(r3, l1, "declined", "2025-03-03", "age");
  // R4 crisisplek: submitted 1 Dec, placed in L2 on 2 Dec until 31 Jan: placed before the quarter, not part of its need.
  const r4 = await request("crisisplek", "ended", "2024-12-01T09:00:00Z");
  await place(r4, l2, "2024-12-02", "2025-01-31");
  // R5 jeugdzorgplus: submitted 1 Nov 2024, withdrawn 15 Dec 2024: before the quarter.
  await request("jeugdzorgplus", "withdrawn", "2024-11-01T09:00:00Z", { updatedAt: "2024-12-15T09:00:00Z" });
  // R6 behandelgroep: submitted 20 Mar, withdrawn 25 Mar: needed it in the quarter, never waited.
  await request("behandelgroep", "withdrawn", "2025-03-20T09:00:00Z", { updatedAt: "2025-03-25T09:00:00Z" });
  // R8 behandelgroep: submitted 28 Mar, being matched at the end (not on the waiting list by status): still without a place.
  await request("behandelgroep", "matching", "2025-03-28T09:00:00Z");
  // R7 jeugdzorgplus the year before: placed 1 Jun 2023 until 1 Jul 2023 (30 days).
  const r7 = await request("jeugdzorgplus", "ended", "2023-06-01T09:00:00Z");
  await place(r7, l1, "2023-06-01", "2023-07-01");
}

beforeAll(async () => {
  db = await createTestDatabase();
  const worlds = await arrangeTwoWorlds(db.owner);
  ({ a, b } = worlds);
  await arrange();
  call = routerCaller(db.owner, db.app, (role) => {
    const user = a.users[role] ?? worlds.national[role];
    return user && { id: user.id, regionId: (REGION_ROLES as readonly string[]).includes(role) ? a.regionId : null };
  });
});
afterAll(async () => {
  await db.drop();
});

const body = <T>(outcome: Outcome): T => {
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.body}`);
  return JSON.parse(outcome.body) as T;
};

interface NeedAnswer {
  rows: {
    careType: string;
    expertise: string | null;
    needed: number;
    placed: number;
    placedGoodFit: number;
    placedPoorFit: number;
    waited: number;
    waitingAtEnd: number;
    declines: Record<string, number>;
    contractedPlaces: number;
    verdict: string;
  }[];
  projection: {
    items: {
      careType: string;
      averageDemand: number;
      previousAverageDemand: number;
      growth: number;
      placesNeeded: number;
      contractedPlaces: number;
      gap: number;
    }[];
  };
}

describe("real need against supply", () => {
  it("counts the hand-checked first quarter of 2025 per care type and expertise", async () => {
    const answer = body<NeedAnswer>(await call("report.needSupply", "placement_coordinator", { regionId: a.regionId, quarter: QUARTER }));
    const row = (careType: string, expertise: string | null) =>
      answer.rows.find((r) => r.careType === careType && r.expertise === expertise);
    expect(answer.rows.map((r) => `${r.careType}/${r.expertise ?? "*"}`)).toEqual([
      "jeugdzorgplus/*",
      "jeugdzorgplus/lvb",
      "behandelgroep/*",
      "behandelgroep/trauma",
    ]);
    // R1 and R3; R1 placed well; both waited, R3 still; declined once for capacity (R1), once for age (R3); L1 has 4 places.
    expect(row("jeugdzorgplus", null)).toMatchObject({
      needed: 2,
      placed: 1,
      placedGoodFit: 1,
      placedPoorFit: 0,
      waited: 2,
      waitingAtEnd: 1,
      declines: { no_capacity: 1, age: 1, no_fit_for_needs: 0 },
      contractedPlaces: 4,
      verdict: "short",
    });
    // Nobody offers lvb.
    expect(row("jeugdzorgplus", "lvb")).toMatchObject({
      needed: 1,
      placed: 0,
      waitingAtEnd: 1,
      declines: { age: 1, no_capacity: 0 },
      contractedPlaces: 0,
      verdict: "no_supply",
    });
    // R2 (placed, poorly), R6 (withdrawn) and R8 (without a place at the end); L2 has 4 places.
    expect(row("behandelgroep", null)).toMatchObject({
      needed: 3,
      placed: 1,
      placedGoodFit: 0,
      placedPoorFit: 1,
      waited: 1,
      waitingAtEnd: 1,
      contractedPlaces: 4,
      verdict: "short",
    });
    expect(row("behandelgroep", "trauma")).toMatchObject({ needed: 1, placedPoorFit: 1, contractedPlaces: 0, verdict: "no_supply" });
  });

  it("projects places from the child-days of the 12 months up to the quarter's end and the 12 before", async () => {
    const answer = body<NeedAnswer>(await call("report.needSupply", "region_admin", { regionId: a.regionId, quarter: QUARTER }));
    const item = (careType: string) => answer.projection.items.find((p) => p.careType === careType)!;
    // 1 Apr 2024 .. 1 Apr 2025 (365 days). jeugdzorgplus: R1 waits 22 days and is placed 59, R3 waits 31, R5 waits 44: 156.
    // The year before (366 days): R7's 30 days. Growth 156/365 over 30/366 = 5.2, capped at 2: 0.855 places, so 1.
    expect(Math.round(item("jeugdzorgplus").averageDemand * 365)).toBe(156);
    expect(Math.round(item("jeugdzorgplus").previousAverageDemand * 366)).toBe(30);
    expect(item("jeugdzorgplus")).toMatchObject({ growth: 2, placesNeeded: 1, contractedPlaces: 4, gap: -3 });
    // behandelgroep: R2 waits 10 and is placed 49, R6 waits 5, R8 4: 68; no year before.
    expect(Math.round(item("behandelgroep").averageDemand * 365)).toBe(68);
    expect(item("behandelgroep")).toMatchObject({ growth: 1, placesNeeded: 1, contractedPlaces: 4, gap: -3 });
    // crisisplek: R4 waits 1 and is placed 60 (2 Dec .. 31 Jan).
    expect(Math.round(item("crisisplek").averageDemand * 365)).toBe(61);
  });

  it("is the caller's region only: another region, a role without figures, bad quarters are refused", async () => {
    const foreign = await call("report.needSupply", "region_admin", { regionId: b.regionId, quarter: QUARTER });
    expect(foreign).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(foreign.body).toMatch(/andere regio/);
    for (const path of ["report.quarter", "report.table"])
      expect(await call(path, "placement_coordinator", { regionId: b.regionId, quarter: QUARTER, table: "behoefte" })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    for (const role of ["referrer", "crisis_team", "provider_user", "provider_admin", "ministry_analyst"] as const)
      expect(await call("report.needSupply", role, { regionId: a.regionId, quarter: QUARTER }), role).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    const future = await call("report.quarter", "region_admin", { regionId: a.regionId, quarter: "2099-K1" });
    expect(future).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    expect(future.body).toMatch(/nog niet begonnen/);
    for (const quarter of ["2025-Q1", "2025-K7", "K1-2025", "x".repeat(30)])
      expect(await call("report.quarter", "region_admin", { regionId: a.regionId, quarter }), quarter).toMatchObject({
        ok: false,
        code: "BAD_REQUEST",
      });
  });

  it("shows another region nothing in the database either (RLS), whatever region id the read is given", async () => {
    const q = reportQuarter(QUARTER, new Date());
    const own = await withTenant(db.app, a.scopeOf("region_admin"), (tx) => readNeedSupply(tx, a.regionId, q));
    expect(own.length).toBe(4);
    const foreign = await withTenant(db.app, b.scopeOf("region_admin"), (tx) => readNeedSupply(tx, a.regionId, q));
    expect(foreign).toEqual([]);
  });
});

describe("the quarterly report", () => {
  it("brings KPIs, need and (for region admins only) money together, and every table as CSV", async () => {
    await withTenant(db.app, systemScopeFor(a.regionId), (tx) => computeKpiSnapshots(tx, a.regionId, "2025-03"));
    type Report = {
      region: { name: string };
      kpis: { key: string; values: (number | null)[] }[];
      money: { settlements: unknown[] } | null;
    };
    const report = body<Report>(await call("report.quarter", "region_admin", { regionId: a.regionId, quarter: QUARTER }));
    // March: R3 and R8 are on the list at its end; January and February were not computed: no figures.
    expect(report.kpis.find((k) => k.key === "waiting_list")!.values).toEqual([null, null, 2]);
    expect(report.money).toEqual({ year: 2025, settlements: [] });
    const now = body<Report>(await call("report.quarter", "region_admin", { regionId: a.regionId, quarter: quarterOf(new Date()) }));
    expect(now.money!.settlements).toHaveLength(1);
    const coordinator = body<Report>(await call("report.quarter", "placement_coordinator", { regionId: a.regionId, quarter: QUARTER }));
    expect(coordinator.money).toBeNull();
    expect(
      await call("report.table", "placement_coordinator", { regionId: a.regionId, quarter: QUARTER, table: "afrekeningen" }),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });

    type File = { filename: string; content: string; rows: number };
    const csv = async (table: string, quarter = QUARTER) => {
      const file = body<File>(await call("report.table", "region_admin", { regionId: a.regionId, quarter, table }));
      return { ...file, lines: parseCsv(file.content, ";").map((r) => r.fields) };
    };
    const need = await csv("behoefte");
    expect(need.filename).toBe("samen-sturen-2025-K1-behoefte.csv");
    expect(need.lines[0]!.slice(0, 8)).toEqual([
      "zorgvorm",
      "expertise",
      "nodig",
      "geplaatst",
      "passend",
      "niet passend",
      "gewacht",
      "wacht nog",
    ]);
    expect(need.lines.slice(1).map((l) => [l[0], l[1], l[2], l.at(-1)])).toEqual([
      ["JeugdzorgPlus (gesloten)", "alle", "2", "Tekort"],
      ["JeugdzorgPlus (gesloten)", "lvb", "1", "Geen aanbod"],
      ["Behandelgroep", "alle", "3", "Tekort"],
      ["Behandelgroep", "trauma", "1", "Geen aanbod"],
    ]);
    const kpis = await csv("kengetallen");
    expect(kpis.lines[0]).toEqual(["kengetal", "eenheid", "jan 2025", "feb 2025", "mrt 2025"]);
    expect(kpis.lines.find((l) => l[0] === "Wachtlijst")).toEqual(["Wachtlijst", "aantal", "", "", "2"]);
    const projection = await csv("prognose");
    expect(projection.lines[0]![4]).toBe("plekken nodig");
    expect(projection.lines.find((l) => l[0] === "JeugdzorgPlus (gesloten)")).toEqual([
      "JeugdzorgPlus (gesloten)",
      "0,4",
      "0,1",
      "2,00",
      "1",
      "4",
      "0",
      "3",
    ]);
    const money = await csv("afrekeningen", quarterOf(new Date()));
    expect(money.lines).toHaveLength(2);
    expect(money.lines[1]![7]).toBe("87382,83");
  });
});
