import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TRPCError } from "@trpc/server";
import { DEMO_PASSWORD, withTenant } from "@jeugdregie/db";
import type { TenantScope } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue } from "./helpers/api.ts";

/*
 * An accepted capacity negotiation moves places exactly once and conserves them: what one side
 * takes, the other gives (a region from its allocation, the pool from its unallocated places).
 * Regions in two supra groups negotiate every care type either group pools. Phase-out plans
 * cover only providers with closed care in the supra region.
 */
let db: TestDatabase;
type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];
const callers: Record<string, Caller> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  for (const email of ["coordinator.twente@jeugdregie.demo", "coordinator.gelderland@jeugdregie.demo", "bovenregionaal@jeugdregie.demo"]) {
    const s = new ApiSession(apiDeps(db.app, new RecordingJobQueue()));
    await s.login(email, DEMO_PASSWORD);
    callers[email] = (await s.caller()).caller;
  }
  for (const r of await db.owner.selectFrom("regions").select(["id", "code"]).execute()) ids[r.code] = r.id;
  for (const s of await db.owner.selectFrom("supra_regions").select(["id", "code"]).execute()) ids[s.code] = s.id;
  ids.gelderland = (await callers["coordinator.gelderland@jeugdregie.demo"]!.me()).activeRegionId!;
});
afterAll(() => db.drop());

const twente = () => callers["coordinator.twente@jeugdregie.demo"]!;
const gelderland = () => callers["coordinator.gelderland@jeugdregie.demo"]!;
const supra = () => callers["bovenregionaal@jeugdregie.demo"]!;

async function refused(promise: Promise<unknown>, code: TRPCError["code"], message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect((error as TRPCError)?.code, (error as Error)?.message).toBe(code);
  expect((error as TRPCError).message).toMatch(message);
}

async function allocations(year: number, careType = "jeugdzorgplus") {
  const rows = await db.owner
    .selectFrom("supra_allocations")
    .select(["region_id", "places"])
    .where("supra_region_id", "=", ids["landsdeel-oost"]!)
    .where("care_type", "=", careType)
    .where("year", "=", year)
    .execute();
  const of = (regionId: string) => rows.find((r) => r.region_id === regionId)?.places ?? 0;
  return { total: rows.reduce((s, r) => s + r.places, 0), of };
}

async function allocate(year: number, places: Record<string, number>) {
  await supra().supra.saveAllocations({
    careType: "jeugdzorgplus",
    year,
    allocations: Object.entries(places).map(([regionId, p]) => ({ regionId, places: p })),
  });
}

const twenteScope = (userId: string): TenantScope => ({
  userId,
  role: "placement_coordinator",
  regionId: ids.twente!,
  providerId: null,
  supraRegionId: null,
});

describe("an accepted negotiation", () => {
  it("moves places exactly once: replaying the accept or the function changes nothing", async () => {
    await allocate(2031, { [ids.twente!]: 1, [ids.gelderland!]: 4 });
    const opened = await twente().negotiations.open({
      careType: "jeugdzorgplus",
      counterpartyRegionId: ids.gelderland!,
      places: 2,
      periodStart: "2031-01-01",
      periodEnd: "2031-12-31",
    });
    const before = await allocations(2031);
    await gelderland().negotiations.answer({ negotiationId: opened.id, action: "accept" });
    const after = await allocations(2031);
    expect(after.total).toBe(before.total);
    expect([after.of(ids.twente!), after.of(ids.gelderland!)]).toEqual([3, 2]);

    await refused(gelderland().negotiations.answer({ negotiationId: opened.id, action: "accept" }), "PRECONDITION_FAILED", /al afgerond/);
    const user = await db.owner
      .selectFrom("users")
      .select("id")
      .where("email", "=", "coordinator.twente@jeugdregie.demo")
      .executeTakeFirstOrThrow();
    await withTenant(db.app, twenteScope(user.id), (tx) => sql`select app.apply_negotiation(${opened.id})`.execute(tx)).catch(() => null);
    await withTenant(db.app, twenteScope(user.id), (tx) => sql`select app.apply_negotiation(${opened.id})`.execute(tx)).catch(() => null);
    const replayed = await allocations(2031);
    expect([replayed.total, replayed.of(ids.twente!), replayed.of(ids.gelderland!)]).toEqual([after.total, 3, 2]);
  });

  it("applies once under concurrent accepts", async () => {
    await allocate(2032, { [ids.twente!]: 0, [ids.gelderland!]: 5 });
    const opened = await twente().negotiations.open({
      careType: "jeugdzorgplus",
      counterpartyRegionId: ids.gelderland!,
      places: 1,
      periodStart: "2032-01-01",
      periodEnd: "2032-12-31",
    });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, async () => {
        const s = new ApiSession(apiDeps(db.app, new RecordingJobQueue()));
        await s.login("coordinator.gelderland@jeugdregie.demo", DEMO_PASSWORD);
        return (await s.caller()).caller.negotiations.answer({ negotiationId: opened.id, action: "accept" });
      }),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const after = await allocations(2032);
    expect([after.total, after.of(ids.twente!), after.of(ids.gelderland!)]).toEqual([5, 1, 4]);
  });

  it("is refused, changing nothing, when the giving region holds too few places", async () => {
    await allocate(2033, { [ids.gelderland!]: 1 });
    const opened = await twente().negotiations.open({
      careType: "jeugdzorgplus",
      counterpartyRegionId: ids.gelderland!,
      places: 2,
      periodStart: "2033-01-01",
      periodEnd: "2033-12-31",
    });
    const before = await allocations(2033);
    await refused(
      gelderland().negotiations.answer({ negotiationId: opened.id, action: "accept" }),
      "BAD_REQUEST",
      /heeft voor 2033 1 plek\(ken\) .* toegewezen/,
    );
    const after = await allocations(2033);
    expect([after.total, after.of(ids.twente!), after.of(ids.gelderland!)]).toEqual([before.total, 0, 1]);
    const n = await db.owner.selectFrom("capacity_negotiations").select("status").where("id", "=", opened.id).executeTakeFirstOrThrow();
    expect(n.status).toBe("open");
    const steps = await db.owner.selectFrom("negotiation_steps").select("action").where("negotiation_id", "=", opened.id).execute();
    expect(steps.map((s) => s.action)).toEqual(["open"]);
  });

  it("from the pool adds exactly the places given and never more than the pool has unallocated", async () => {
    const capacity = (await supra().supra.allocations({ year: 2034 })).pools.find((p) => p.careType === "jeugdzorgplus")!.capacity;
    await allocate(2034, { [ids.gelderland!]: capacity - 1 });
    const tooMuch = await twente().negotiations.open({
      careType: "jeugdzorgplus",
      counterpartyRegionId: null,
      places: 2,
      periodStart: "2034-01-01",
      periodEnd: "2034-12-31",
    });
    await refused(supra().negotiations.answer({ negotiationId: tooMuch.id, action: "accept" }), "BAD_REQUEST", /pool/);
    expect((await allocations(2034)).total).toBe(capacity - 1);
    const fits = await twente().negotiations.open({
      careType: "jeugdzorgplus",
      counterpartyRegionId: null,
      places: 1,
      periodStart: "2034-01-01",
      periodEnd: "2034-12-31",
    });
    await supra().negotiations.answer({ negotiationId: fits.id, action: "accept" });
    const after = await allocations(2034);
    expect([after.total, after.of(ids.twente!)]).toEqual([capacity, 1]);
  });

  it("opened by the pool takes the places back from the region, no more than it holds", async () => {
    await allocate(2035, { [ids.twente!]: 2 });
    const opened = await supra().negotiations.open({
      careType: "jeugdzorgplus",
      counterpartyRegionId: ids.twente!,
      places: 3,
      periodStart: "2035-01-01",
      periodEnd: "2035-12-31",
    });
    await refused(twente().negotiations.answer({ negotiationId: opened.id, action: "accept" }), "BAD_REQUEST", /toegewezen/);
    await twente().negotiations.answer({ negotiationId: opened.id, action: "counter", places: 2 });
    await supra().negotiations.answer({ negotiationId: opened.id, action: "accept" });
    const after = await allocations(2035);
    expect([after.total, after.of(ids.twente!)]).toEqual([0, 0]);
  });
});

describe("a negotiation row", () => {
  it("moves only in the party's turn and for its own side, also when written directly", async () => {
    await allocate(2036, { [ids.gelderland!]: 3 });
    const opened = await twente().negotiations.open({
      careType: "jeugdzorgplus",
      counterpartyRegionId: ids.gelderland!,
      places: 3,
      periodStart: "2036-01-01",
      periodEnd: "2036-12-31",
    });
    const user = await db.owner
      .selectFrom("users")
      .select("id")
      .where("email", "=", "coordinator.twente@jeugdregie.demo")
      .executeTakeFirstOrThrow();
    const supraUser = await db.owner
      .selectFrom("users")
      .select("id")
      .where("email", "=", "bovenregionaal@jeugdregie.demo")
      .executeTakeFirstOrThrow();
    const supraScope: TenantScope = {
      userId: supraUser.id,
      role: "supra_coordinator",
      regionId: null,
      providerId: null,
      supraRegionId: ids["landsdeel-oost"]!,
    };
    const write = (scope: TenantScope, lastMove: string) =>
      withTenant(db.app, scope, async (tx) => {
        await sql`update capacity_negotiations set status = 'accepted', last_move = ${lastMove} where id = ${opened.id}`.execute(tx);
        await sql`select app.apply_negotiation(${opened.id})`.execute(tx);
      });
    // The opener accepting its own opening, or posing as the other side; the supra coordinator answering for a region.
    await expect(write(twenteScope(user.id), "opener")).rejects.toThrow(/not a move of this party/);
    await expect(write(twenteScope(user.id), "counterparty")).rejects.toThrow(/not a move of this party/);
    await expect(write(supraScope, "counterparty")).rejects.toThrow(/not a move of this party/);
    await refused(supra().negotiations.answer({ negotiationId: opened.id, action: "accept" }), "FORBIDDEN", /geen partij/);
    const after = await allocations(2036);
    expect([after.of(ids.twente!), after.of(ids.gelderland!)]).toEqual([0, 3]);
    const n = await db.owner.selectFrom("capacity_negotiations").select("status").where("id", "=", opened.id).executeTakeFirstOrThrow();
    expect(n.status).toBe("open");
  });
});

describe("a region in two supra groups", () => {
  it("is offered and can open negotiations on every care type its groups pool", async () => {
    const options = await gelderland().negotiations.options();
    const pairs = options.groups.flatMap((g) => g.careTypes.map((c) => `${g.supraRegionId}/${c}`)).sort();
    expect(pairs).toEqual(
      [`${ids["g7-gelderland"]}/behandelgroep`, `${ids["g7-gelderland"]}/driemilieus`, `${ids["landsdeel-oost"]}/jeugdzorgplus`].sort(),
    );
    const g7 = options.groups.find((g) => g.supraRegionId === ids["g7-gelderland"])!;
    expect(g7.partners.map((p) => p.id)).toContain(ids["food-valley"]);
    expect(g7.partners.map((p) => p.id)).not.toContain(ids.twente);
    expect(options.groups.find((g) => g.supraRegionId === ids["landsdeel-oost"])!.partners.map((p) => p.id)).toContain(ids.twente);

    const behandelgroep = await gelderland().negotiations.open({
      careType: "behandelgroep",
      counterpartyRegionId: ids["food-valley"]!,
      places: 1,
      periodStart: "2027-01-01",
      periodEnd: "2027-12-31",
    });
    const jzp = await gelderland().negotiations.open({
      supraRegionId: ids["landsdeel-oost"]!,
      careType: "jeugdzorgplus",
      counterpartyRegionId: ids.twente!,
      places: 1,
      periodStart: "2027-01-01",
      periodEnd: "2027-12-31",
    });
    const stored = await db.owner
      .selectFrom("capacity_negotiations")
      .select(["id", "supra_region_id"])
      .where("id", "in", [behandelgroep.id, jzp.id])
      .execute();
    expect(stored.find((n) => n.id === behandelgroep.id)!.supra_region_id).toBe(ids["g7-gelderland"]);
    expect(stored.find((n) => n.id === jzp.id)!.supra_region_id).toBe(ids["landsdeel-oost"]);

    await refused(
      gelderland().negotiations.open({
        supraRegionId: ids["g7-gelderland"]!,
        careType: "behandelgroep",
        counterpartyRegionId: ids.twente!,
        places: 1,
        periodStart: "2027-01-01",
        periodEnd: "2027-12-31",
      }),
      "NOT_FOUND",
      /hoort niet bij dit bovenregionaal verband/,
    );
    await refused(
      twente().negotiations.open({
        supraRegionId: ids["g7-gelderland"]!,
        careType: "behandelgroep",
        counterpartyRegionId: ids.gelderland!,
        places: 1,
        periodStart: "2027-01-01",
        periodEnd: "2027-12-31",
      }),
      "FORBIDDEN",
      /hoort niet bij/,
    );
  });
});

describe("a phase-out plan", () => {
  it("is refused for a provider without closed care in the supra region, by the API and the database", async () => {
    const outside = await db.owner.selectFrom("providers").select("id").where("kvk", "=", "41150002").executeTakeFirstOrThrow();
    await refused(
      supra().supra.savePhaseOut({ providerId: outside.id, plan: [{ year: 2030, places: 0 }], minViablePct: 70 }),
      "NOT_FOUND",
      /geen gesloten plekken in dit bovenregionaal verband/,
    );
    const user = await db.owner
      .selectFrom("users")
      .select("id")
      .where("email", "=", "bovenregionaal@jeugdregie.demo")
      .executeTakeFirstOrThrow();
    const scope: TenantScope = {
      userId: user.id,
      role: "supra_coordinator",
      regionId: null,
      providerId: null,
      supraRegionId: ids["landsdeel-oost"]!,
    };
    const insert = withTenant(db.app, scope, (tx) =>
      sql`insert into phase_out_plans (supra_region_id, provider_id, year, planned_places) values (${ids["landsdeel-oost"]}, ${outside.id}, 2030, 0)`.execute(
        tx,
      ),
    );
    await expect(insert).rejects.toThrow(/closed care/);
    const plans = await db.owner.selectFrom("phase_out_plans").select("year").where("provider_id", "=", outside.id).execute();
    expect(plans).toEqual([]);
    const inside = (await supra().supra.phaseOut({ year: 2026 })).items[0]!;
    await supra().supra.savePhaseOut({ providerId: inside.providerId, plan: [{ year: 2030, places: 0 }], minViablePct: 70 });
  });
});
