import { createHash, randomBytes, randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeKpiSnapshots, withTenant } from "@jeugdregie/db";
import { DECLINE_REASONS, systemScopeFor } from "@jeugdregie/domain";
import { processKpiSnapshots } from "@jeugdregie/jobs";
import { createCaller, createContext } from "@jeugdregie/api";
import { apiDeps, RecordingJobQueue } from "./helpers/api.ts";
import { routerCaller } from "./helpers/router-calls.ts";
import { arrangeMarch } from "./helpers/kpi-march.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { REGION_ROLES, type TenantWorld } from "./helpers/tenant-world.ts";
import { arrangeTwoWorlds } from "./helpers/two-worlds.ts";

/*
 * KPI snapshots of one region-month on a small world whose numbers are checked by hand (the
 * comments say how each one comes about): March 2025 in region A, with placements in both of A's
 * locations (capacity 4 each, 31 days) and one out of the region, in a location of B.
 */
const MONTH = "2025-03";

let db: TestDatabase;
let a: TenantWorld;
let b: TenantWorld;
let call: ReturnType<typeof routerCaller>;

interface Snapshot {
  kpi: string;
  care_type: string | null;
  provider_id: string | null;
  location_id: string | null;
  municipality_code: string | null;
  breakdown: string | null;
  value: string;
  numerator: string | null;
  denominator: string | null;
}

const compute = (month: string, now?: Date) =>
  withTenant(db.app, systemScopeFor(a.regionId), (tx) => computeKpiSnapshots(tx, a.regionId, month, now));

async function stored(month = MONTH): Promise<Snapshot[]> {
  return db.owner
    .selectFrom("kpi_snapshots")
    .select(["kpi", "care_type", "provider_id", "location_id", "municipality_code", "breakdown", "value", "numerator", "denominator"])
    .where("region_id", "=", a.regionId)
    .where("month", "=", `${month}-01`)
    .orderBy("kpi")
    .orderBy("care_type")
    .orderBy("provider_id")
    .orderBy("location_id")
    .orderBy("municipality_code")
    .orderBy("breakdown")
    .execute();
}

function one(
  rows: Snapshot[],
  kpi: string,
  dims: Partial<Pick<Snapshot, "care_type" | "provider_id" | "location_id" | "municipality_code" | "breakdown">> = {},
) {
  const found = rows.filter(
    (r) =>
      r.kpi === kpi &&
      r.care_type === (dims.care_type ?? null) &&
      r.provider_id === (dims.provider_id ?? null) &&
      r.location_id === (dims.location_id ?? null) &&
      r.municipality_code === (dims.municipality_code ?? null) &&
      r.breakdown === (dims.breakdown ?? null),
  );
  expect(found, `${kpi} ${JSON.stringify(dims)}`).toHaveLength(1);
  const [row] = found;
  return {
    value: Number(row!.value),
    numerator: row!.numerator === null ? null : Number(row!.numerator),
    denominator: Number(row!.denominator),
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  const worlds = await arrangeTwoWorlds(db.owner);
  ({ a, b } = worlds);
  await arrangeMarch(db.owner, a, b);
  call = routerCaller(db.owner, db.app, (role) => {
    const user = a.users[role] ?? worlds.national[role];
    return user && { id: user.id, regionId: (REGION_ROLES as readonly string[]).includes(role) ? a.regionId : null };
  });
});
afterAll(async () => {
  await db.drop();
});

describe("KPI snapshots of a region-month", () => {
  it("computes the hand-checked numbers of March 2025", async () => {
    await compute(MONTH);
    const rows = await stored();
    const jzp = { care_type: "jeugdzorgplus" };
    const beh = { care_type: "behandelgroep" };
    // Running in March: R1, R2, R3, R7, R8; on the list at its end: R3 and R8.
    expect(one(rows, "waiting_list")).toEqual({ value: 2, numerator: 2, denominator: 5 });
    expect(one(rows, "waiting_list", jzp)).toEqual({ value: 1, numerator: 1, denominator: 3 });
    expect(one(rows, "waiting_list", beh)).toEqual({ value: 1, numerator: 1, denominator: 2 });
    // Waiting 27 and 45 days: median 36, p90 27 + 0.9 * 18.
    expect(one(rows, "waiting_days_median")).toMatchObject({ value: 36, denominator: 2 });
    expect(one(rows, "waiting_days_p90").value).toBeCloseTo(43.2, 4);
    expect(one(rows, "waiting_days_median", jzp).value).toBe(27);
    // Placed in March after 37 (R1) and 4 (R2) days.
    expect(one(rows, "placement_days_median")).toMatchObject({ value: 20.5, denominator: 2 });
    expect(one(rows, "placement_days_p90").value).toBeCloseTo(33.7, 4);
    // R2 at its first offer, R1 at its second.
    expect(one(rows, "placed_first_offer")).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(one(rows, "placed_first_offer", jzp).value).toBe(0);
    expect(one(rows, "placed_first_offer", { provider_id: b.providerId }).value).toBe(1);
    expect(one(rows, "out_of_region_rate")).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(one(rows, "out_of_region_rate", beh).value).toBe(1);
    // Answered in March: R1's acceptance, R2's acceptance, R3's decline for age (R1's decline was in February).
    expect(one(rows, "declines")).toEqual({ value: 1, numerator: 1, denominator: 3 });
    expect(one(rows, "declines", { breakdown: "age" })).toEqual({ value: 1, numerator: 1, denominator: 3 });
    expect(one(rows, "declines", { breakdown: "no_capacity" })).toEqual({ value: 0, numerator: 0, denominator: 3 });
    expect(one(rows, "declines", { provider_id: a.providerId })).toEqual({ value: 1, numerator: 1, denominator: 2 });
    expect(rows.filter((r) => r.kpi === "declines" && r.care_type === null && r.provider_id === null)).toHaveLength(
      1 + DECLINE_REASONS.length,
    );
    // Ended in March: R4 into another placement, R5 home.
    expect(one(rows, "replacement_rate")).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(one(rows, "replacement_rate", { care_type: "crisisplek" }).value).toBe(1);
    expect(one(rows, "crisis_over_cap")).toEqual({ value: 1, numerator: 1, denominator: 1 });
    // First offers in March: R2 (document there) and R3 (none).
    expect(one(rows, "matched_without_documents")).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(one(rows, "matched_without_documents", jzp).value).toBe(1);
    expect(one(rows, "matched_without_documents", beh).value).toBe(0);
    // R3 waited, R2 was placed where neither its care type nor its expertise is offered.
    expect(one(rows, "unmet_need")).toEqual({ value: 2, numerator: 2, denominator: 5 });
    expect(one(rows, "unmet_need", { breakdown: "trauma" })).toEqual({ value: 1, numerator: 1, denominator: 5 });
    expect(one(rows, "unmet_need", { care_type: "jeugdzorgplus", breakdown: "lvb" })).toEqual({ value: 1, numerator: 1, denominator: 3 });
    // L1: R1 from 10 Mar = 22 days; L2: 14 (R4) + 19 (R5) = 33 days; 4 places x 31 days each.
    expect(one(rows, "occupancy", { provider_id: a.providerId, location_id: a.locationId })).toEqual({
      value: 0.1774,
      numerator: 22,
      denominator: 124,
    });
    expect(one(rows, "occupancy", { provider_id: a.providerId, location_id: a.secondLocationId })).toEqual({
      value: 0.2661,
      numerator: 33,
      denominator: 124,
    });
    expect(one(rows, "occupancy")).toEqual({ value: 0.2218, numerator: 55, denominator: 248 });
    expect(one(rows, "occupancy", { provider_id: a.providerId })).toEqual({ value: 0.2218, numerator: 55, denominator: 248 });
  });

  it("gives identical snapshots when a month is recomputed, also twice at the same time", async () => {
    await compute(MONTH);
    const first = await stored();
    expect(first.length).toBeGreaterThan(40);
    await compute(MONTH);
    expect(await stored()).toEqual(first);
    await Promise.all([compute(MONTH), compute(MONTH)]);
    expect(await stored()).toEqual(first);
  });

  it("lets a recomputation wait for one in progress instead of colliding with its rows", async () => {
    await compute(MONTH);
    const before = await stored();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let computed!: () => void;
    const firstComputed = new Promise<void>((resolve) => (computed = resolve));
    const first = withTenant(db.app, systemScopeFor(a.regionId), async (tx) => {
      await computeKpiSnapshots(tx, a.regionId, MONTH);
      computed();
      await held;
    });
    await firstComputed;
    const second = compute(MONTH);
    // Until the second one waits on a lock of the first (its lock, or without it the rows the first replaced).
    for (;;) {
      const { rows } = await sql<{ waiting: string }>`
        select count(*) as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(db.owner);
      if (Number(rows[0]!.waiting) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    release();
    await first;
    await second;
    expect(await stored()).toEqual(before);
  });

  it("never counts a placement twice while it moves between locations during recomputations", async () => {
    // R1's placement (22 days of March) moves between A's two locations as fast as it can while the month
    // is recomputed: each snapshot set is one moment, so the two locations' days always add up to the 55.
    const moved = await db.owner
      .selectFrom("placements")
      .select("id")
      .where("region_id", "=", a.regionId)
      .where("starts_on", "=", "2025-03-10")
      .executeTakeFirstOrThrow();
    let moving = true;
    let moves = 0;
    const seen = new Set<number>();
    const mover = (async () => {
      while (moving) {
        const to = moves % 2 === 0 ? a.secondLocationId : a.locationId;
        await db.owner.updateTable("placements").set({ location_id: to }).where("id", "=", moved.id).execute();
        moves++;
      }
    })();
    try {
      for (let i = 0; i < 15; i++) {
        await compute(MONTH);
        const rows = await stored();
        const inL1 = one(rows, "occupancy", { provider_id: a.providerId, location_id: a.locationId }).numerator!;
        const inL2 = one(rows, "occupancy", { provider_id: a.providerId, location_id: a.secondLocationId }).numerator!;
        expect([inL1, inL2]).toSatisfy(([l1, l2]: number[]) => (l1 === 22 && l2 === 33) || (l1 === 0 && l2 === 55));
        seen.add(inL1);
        expect(one(rows, "occupancy").numerator).toBe(55);
      }
    } finally {
      moving = false;
      await mover;
      await db.owner.updateTable("placements").set({ location_id: a.locationId }).where("id", "=", moved.id).execute();
      await compute(MONTH);
    }
    // the placement did move under the recomputations: both of its places were counted at some point
    expect(seen).toEqual(new Set([0, 22]));
  });

  it("shows a month without data as empty, not as zeros, and removes what was stored for it", async () => {
    await db.owner
      .insertInto("kpi_snapshots")
      .values({
        region_id: a.regionId,
        month: "2020-01-01",
        kpi: "waiting_list",
        value: 0,
        numerator: 0,
        denominator: 0,
        definitions_version: 1,
      })
      .execute();
    expect(await compute("2020-01")).toEqual({ month: "2020-01", values: 0 });
    expect(await stored("2020-01")).toEqual([]);
  });

  it("refuses a month in the future, in Dutch", async () => {
    await expect(compute("2025-05", new Date("2025-04-15T12:00:00Z"))).rejects.toThrow(/2025-05 bestaan nog niet/);
    await expect(processKpiSnapshots(db.app, { month: "2025-05", regionId: a.regionId }, new Date("2025-04-15T12:00:00Z"))).rejects.toThrow(
      /has not started/,
    );
  });

  it("runs as the monthly job for every region", async () => {
    const run = await processKpiSnapshots(db.app, {}, new Date("2025-04-02T03:30:00Z"));
    expect(run).toMatchObject({ month: MONTH, regions: 2 });
    const written = await db.owner
      .selectFrom("kpi_snapshots")
      .select(["region_id", "kpi", "location_id", "numerator"])
      .where("month", "=", `${MONTH}-01`)
      .execute();
    expect(run.values).toBe(written.length);
    // B's location was occupied by A's child from 5 March: B's occupancy counts those 27 days.
    expect(written.find((r) => r.region_id === b.regionId && r.kpi === "occupancy" && r.location_id === b.locationId)?.numerator).toBe(
      "27",
    );
  });
});

describe("who sees and writes snapshots", () => {
  it("shows A's snapshots to nobody of B and to no other role of A (RLS, straight SQL)", async () => {
    await compute(MONTH);
    const visible = (scope: Parameters<typeof withTenant>[1]) =>
      withTenant(db.app, scope, (tx) => tx.selectFrom("kpi_snapshots").select("region_id").where("region_id", "=", a.regionId).execute());
    for (const role of ["region_admin", "placement_coordinator"] as const) {
      expect((await visible(a.scopeOf(role))).length, `A ${role}`).toBeGreaterThan(0);
      expect(await visible(b.scopeOf(role)), `B ${role}`).toEqual([]);
    }
    for (const role of ["crisis_team", "referrer", "provider_user", "supra_coordinator"] as const)
      expect(await visible(a.scopeOf(role)), `A ${role}`).toEqual([]);
  });

  it("lets no person's session write a number, only the system actor", async () => {
    const insert = (scope: Parameters<typeof withTenant>[1]) =>
      withTenant(db.app, scope, (tx) =>
        tx
          .insertInto("kpi_snapshots")
          .values({
            region_id: a.regionId,
            month: "2019-01-01",
            kpi: "waiting_list",
            value: 99,
            numerator: 99,
            denominator: 99,
            definitions_version: 1,
          })
          .execute(),
      );
    await expect(insert(a.scopeOf("placement_coordinator"))).rejects.toThrow(/row-level security/);
    await expect(insert(a.scopeOf("region_admin"))).rejects.toThrow(/row-level security/);
    const deleted = await withTenant(db.app, a.scopeOf("region_admin"), (tx) =>
      tx.deleteFrom("kpi_snapshots").where("region_id", "=", a.regionId).executeTakeFirst(),
    );
    expect(Number(deleted.numDeletedRows)).toBe(0);
  });

  it("answers kpi.snapshots with series and definitions for admins and coordinators only", async () => {
    await compute(MONTH);
    const input = { fromMonth: "2025-01", toMonth: "2025-06", kpi: "occupancy", limit: 100 };
    for (const role of ["region_admin", "placement_coordinator"] as const) {
      const outcome = await call("kpi.snapshots", role, input);
      expect(outcome.ok, outcome.body).toBe(true);
      const body = JSON.parse(outcome.body) as {
        items: { kpi: string; month: string; value: number; locationName: string | null }[];
        definitions: Record<string, { label: string }>;
      };
      expect(body.items.map((i) => i.kpi)).toEqual(body.items.map(() => "occupancy"));
      expect(body.items.find((i) => i.locationName?.includes("De Linde"))).toMatchObject({ month: MONTH, value: 0.1774 });
      expect(body.definitions.occupancy!.label).toBe("Bezettingsgraad");
    }
    for (const role of ["crisis_team", "referrer", "provider_user", "supra_coordinator"] as const) {
      const outcome = await call("kpi.snapshots", role, input);
      expect(outcome.ok ? "ok" : outcome.code, role).toBe("FORBIDDEN");
    }
  });

  it("pages through a month's series in order, every snapshot once", async () => {
    await compute(MONTH);
    const seen: { kpi: string; month: string }[] = [];
    let cursor: string | undefined;
    do {
      const outcome = await call("kpi.snapshots", "placement_coordinator", { fromMonth: MONTH, toMonth: MONTH, limit: 40, cursor });
      expect(outcome.ok, outcome.body).toBe(true);
      const page = JSON.parse(outcome.body) as { items: { kpi: string; month: string }[]; nextCursor: string | null };
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength((await stored()).length);
    const kpis = seen.map((i) => i.kpi);
    expect(kpis).toEqual([...kpis].sort());
  });

  it("refuses a future month, a reversed range and another tenant's provider or location", async () => {
    const code = async (input: unknown) => {
      const outcome = await call("kpi.snapshots", "region_admin", input);
      return outcome.ok ? "ok" : `${outcome.code} ${outcome.body}`;
    };
    expect(await code({ toMonth: "2999-01" })).toMatch(/^BAD_REQUEST .*bestaan nog niet/);
    expect(await code({ fromMonth: "2025-06", toMonth: "2025-01" })).toMatch(/^BAD_REQUEST/);
    expect(await code({ fromMonth: "2020-01", toMonth: "2025-01" })).toMatch(/^BAD_REQUEST .*36 maanden/);
    // B's provider is in A's figures here (A placed a child in B's location), so an unknown one.
    expect(await code({ providerId: randomUUID() })).toMatch(/^NOT_FOUND/);
    expect(await code({ providerId: b.providerId })).toBe("ok");
    expect(await code({ locationId: b.locationId })).toMatch(/^NOT_FOUND/);
    expect(await code({ providerId: a.providerId })).toBe("ok");
    const recompute = await call("kpi.recompute", "region_admin", { month: "2999-01" });
    expect(recompute.ok ? "ok" : recompute.code).toBe("BAD_REQUEST");
    const coordinator = await call("kpi.recompute", "placement_coordinator", { month: MONTH });
    expect(coordinator.ok ? "ok" : coordinator.code).toBe("FORBIDDEN");
    const admin = await call("kpi.recompute", "region_admin", { month: MONTH });
    expect(admin.ok, admin.body).toBe(true);
  });
});

describe("kpi.recompute", () => {
  it("queues one job per region-month for the worker, whoever asks how often", async () => {
    const token = randomBytes(32).toString("base64url");
    await db.owner
      .insertInto("sessions")
      .values({
        id: createHash("sha256").update(token).digest("hex"),
        user_id: a.users.region_admin!.id,
        active_region_id: a.regionId,
        expires_at: new Date(Date.now() + 3_600_000),
      })
      .execute();
    const jobs = new RecordingJobQueue();
    const request = new Request("http://localhost/api/trpc", { headers: { cookie: `jr_session=${token}` } });
    const ctx = await createContext(apiDeps(db.app, jobs), { request, clientAddress: "203.0.113.9", resHeaders: new Headers() });
    const caller = createCaller(ctx);
    expect(await caller.kpi.recompute({ month: MONTH })).toEqual({ month: MONTH, queued: true });
    await caller.kpi.recompute({ month: MONTH });
    expect(jobs.enqueued).toHaveLength(2);
    expect(jobs.enqueued[0]).toMatchObject({ name: "kpi-snapshots", payload: { month: MONTH, regionId: a.regionId } });
    // The same job id both times: BullMQ keeps one job while it waits or runs.
    const ids = jobs.enqueued.map((j) => (j.options as { jobId: string }).jobId);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toContain(a.regionId);
  });
});

// Keeps the owner's view honest: the snapshot table really is forced under RLS.
describe("the kpi_snapshots table", () => {
  it("is forced under row-level security", async () => {
    const { rows } = await sql<{
      relforcerowsecurity: boolean;
    }>`select relforcerowsecurity from pg_class where relname = 'kpi_snapshots'`.execute(db.owner);
    expect(rows[0]?.relforcerowsecurity).toBe(true);
  });
});
