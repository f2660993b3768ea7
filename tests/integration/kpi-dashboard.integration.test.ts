import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeKpiSnapshots, kpiDrillDownPage, withTenant } from "@jeugdregie/db";
import { addMonths, kpiPeriod, monthOf, systemScopeFor } from "@jeugdregie/domain";
import { testCrypto } from "./helpers/api.ts";
import { routerCaller, type CallerRole } from "./helpers/router-calls.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { PROVIDER_ROLES, REGION_ROLES, type TenantWorld } from "./helpers/tenant-world.ts";
import { arrangeTwoWorlds } from "./helpers/two-worlds.ts";

/*
 * The region dashboard (issue 13, part 2) on two tenants with figures this month: each region has
 * its world's requests (one with an open offer, one being matched) and a child waiting since six
 * months ago whose offer its provider declined this month for lack of capacity. The drill-down
 * shows region A's coordinator A's rows only, nobody else any, and every page read is audited.
 */
let db: TestDatabase;
let a: TenantWorld;
let b: TenantWorld;
let call: ReturnType<typeof routerCaller>;
const longWaiters: Record<"A" | "B", string> = { A: "", B: "" };
const MONTH = monthOf(new Date());

type Body = Record<string, unknown>;
async function ok(path: string, role: CallerRole, input: unknown): Promise<Body> {
  const outcome = await call(path, role, input);
  if (!outcome.ok) throw new Error(`${path} as ${role}: ${outcome.code} ${outcome.body}`);
  return JSON.parse(outcome.body) as Body;
}
const ids = (body: Body) => (body.items as { requestId: string }[]).map((r) => r.requestId);

async function arrangeLongWaiter(world: TenantWorld): Promise<string> {
  const child = await db.owner
    .insertInto("children")
    .values({
      region_id: world.regionId,
      pseudonym: `J-${randomUUID().slice(0, 7)}`,
      bsn_hash: testCrypto.lookupHash(`${world.tag}long`),
      bsn_encrypted: testCrypto.encrypt("123456782"),
      name_encrypted: testCrypto.encrypt(`${world.marker} Lang Wachtend`),
      birth_date: "2012-03-03",
      gender: "1",
      home_municipality_code: world.municipalityCode,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const submitted = new Date(Date.now() - 183 * 86_400_000);
  const request = await db.owner
    .insertInto("placement_requests")
    .values({
      region_id: world.regionId,
      child_id: child.id,
      referrer_user_id: world.users.referrer!.id,
      referrer_kind: "01",
      status: "waiting",
      care_type: "jeugdzorgplus",
      submitted_at: submitted,
      waiting_since: submitted,
      created_at: submitted,
      updated_at: submitted,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.owner
    .insertInto("offers")
    .values({
      region_id: world.regionId,
      request_id: request.id,
      location_region_id: world.regionId,
      location_id: world.locationId,
      provider_id: world.providerId,
      status: "declined",
      sent_at: new Date(Date.now() - 60_000),
      deadline_at: new Date(Date.now() + 86_400_000),
      responded_at: new Date(),
      decline_reason: "no_capacity",
    })
    .execute();
  await withTenant(db.app, systemScopeFor(world.regionId), (tx) => computeKpiSnapshots(tx, world.regionId, MONTH));
  return request.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const worlds = await arrangeTwoWorlds(db.owner);
  ({ a, b } = worlds);
  longWaiters.A = await arrangeLongWaiter(a);
  longWaiters.B = await arrangeLongWaiter(b);
  call = routerCaller(db.owner, db.app, (role) => {
    const user = a.users[role] ?? worlds.national[role];
    return user && { id: user.id, regionId: (REGION_ROLES as readonly string[]).includes(role) ? a.regionId : null };
  });
});
afterAll(async () => {
  await db.drop();
});

describe("region dashboard figures", () => {
  it("shows every KPI with its definition, this month's number and earlier months as empty, not 0", async () => {
    const body = await ok("kpi.dashboard", "region_admin", {});
    const kpis = body.kpis as { key: string; definition: string; series: { month: string; value: number | null }[] }[];
    const waiting = kpis.find((k) => k.key === "waiting_list")!;
    expect(waiting.definition).toMatch(/Aanmeldingen die zijn ingediend/);
    expect(waiting.series).toHaveLength(12);
    // A's open-offer request, its request being matched and the long waiter.
    expect(waiting.series.at(-1)).toMatchObject({ month: MONTH, value: 3 });
    // The world stored last month's figures by hand; the month before has none: empty, not 0.
    expect(waiting.series.at(-3)).toMatchObject({ month: addMonths(MONTH, -2), value: null });
    expect(kpis.find((k) => k.key === "long_wait")!.series.at(-1)!.value).toBe(1);
  });

  it("filters by municipality (stored per municipality) and says which KPIs are not split that way", async () => {
    const body = await ok("kpi.dashboard", "placement_coordinator", { municipalityCode: a.municipalityCode });
    const kpis = body.kpis as { key: string; missing: string | null; series: { value: number | null }[] }[];
    expect(kpis.find((k) => k.key === "waiting_list")!.series.at(-1)!.value).toBe(3);
    expect(kpis.find((k) => k.key === "occupancy")!.missing).toMatch(/niet uitgesplitst naar gemeente/);
    const other = await ok("kpi.dashboard", "placement_coordinator", { municipalityCode: "GM0001" });
    expect((other.kpis as { key: string; series: { value: number | null }[] }[])[0]!.series.every((p) => p.value === null)).toBe(true);
  });

  it("flags the provider with a child waiting over four months", async () => {
    const body = await ok("kpi.longWaits", "region_admin", {});
    expect(body.items).toEqual([
      { providerId: a.providerId, providerName: expect.any(String), waiting: 2, overFourMonths: 1, needsRecoveryPlan: true },
    ]);
  });
});

describe("drill-down: only the rows the caller may see", () => {
  it("shows region A's coordinator A's waiting children, pseudonymised, none of region B", async () => {
    const body = await ok("kpi.drillDown", "placement_coordinator", { kpi: "waiting_list", month: MONTH });
    expect(ids(body).sort()).toEqual([a.requestId, a.matchingRequestId, longWaiters.A].sort());
    for (const id of [b.requestId, b.matchingRequestId, longWaiters.B]) expect(ids(body)).not.toContain(id);
    expect(JSON.stringify(body)).not.toMatch(/Naam Kind|Lang Wachtend|123456782/);
    const long = await ok("kpi.drillDown", "placement_coordinator", { kpi: "long_wait", month: MONTH, providerId: a.providerId });
    expect(ids(long)).toEqual([longWaiters.A]);
    const declines = await ok("kpi.drillDown", "placement_coordinator", { kpi: "declines", month: MONTH, breakdown: "no_capacity" });
    expect(declines.items).toEqual([expect.objectContaining({ requestId: longWaiters.A, declineReason: "no_capacity" })]);
  });

  it("refuses roles without child-data rights (the region admin reads figures, not children) and another region's provider", async () => {
    for (const role of ["region_admin", "crisis_team", "referrer", ...PROVIDER_ROLES, "supra_coordinator", "platform_admin"] as const) {
      const outcome = await call("kpi.drillDown", role, { kpi: "waiting_list", month: MONTH });
      expect(outcome.ok ? "answered" : outcome.code, role).toBe("FORBIDDEN");
    }
    const foreign = await call("kpi.drillDown", "placement_coordinator", { kpi: "declines", month: MONTH, providerId: b.providerId });
    expect(foreign.ok ? "answered" : foreign.code).toBe("NOT_FOUND");
  });

  it("holds in the database too: the region's filter, and RLS for another region or the crisis team", async () => {
    const period = kpiPeriod(MONTH, new Date());
    const rows = (scope: Parameters<typeof withTenant>[1] | null, regionId: string) =>
      scope
        ? withTenant(db.app, scope, (tx) => kpiDrillDownPage(tx, regionId, "waiting_list", period, new Date(), {}))
        : kpiDrillDownPage(db.owner as never, regionId, "waiting_list", period, new Date(), {});
    // the repository's own region filter, without RLS (the owner sees every region)
    expect((await rows(null, a.regionId)).items.map((r) => r.requestId)).not.toContain(longWaiters.B);
    // RLS: A's coordinator asking for B; A's crisis team (crisis requests only).
    // (RLS lets a region admin read the region's requests and children, migration 0003: CASL keeps them from the rows here.)
    expect((await rows(a.scopeOf("placement_coordinator"), b.regionId)).items).toEqual([]);
    expect((await rows(a.scopeOf("crisis_team"), a.regionId)).items).toEqual([]);
  });

  it("writes every page read of child rows to the audit log, with the requests it showed", async () => {
    await ok("kpi.drillDown", "placement_coordinator", { kpi: "long_wait", month: MONTH });
    const audit = await db.owner
      .selectFrom("audit_log")
      .select(["user_id", "action", "entity", "details"])
      .where("region_id", "=", a.regionId)
      .where("entity", "=", "placement_requests")
      .orderBy("chain_seq", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ user_id: a.users.placement_coordinator!.id, action: "read" });
    expect(audit.details).toMatchObject({ via: "kpi.drillDown", kpi: "long_wait", requestIds: [longWaiters.A] });
  });
});
