import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@jeugdregie/db";
import type { TenantScope } from "@jeugdregie/domain";
import { computeSettlementsJob, processComputeSettlements } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { apiDeps, RecordingJobQueue, testCrypto } from "./helpers/api.ts";
import { routerCaller, type Outcome } from "./helpers/router-calls.ts";
import type { TenantWorld } from "./helpers/tenant-world.ts";
import { arrangeTwoWorlds } from "./helpers/two-worlds.ts";

/*
 * The yearly guarantee settlement end to end (issue 13, part 5): requested by one region admin,
 * computed by the job (idempotent, approved rows never change), approved by another (four eyes),
 * refused for a year without a guarantee contract, and invisible to another region.
 *
 * 2025 in region A, provider A, guarantee contract for 2 places at band R (EUR 872.39):
 *   guarantee = 2 x 365 x 87,239                                   = 63,684,470 cents
 *   placements: a whole year at band R                            = 365 etmalen
 *               1 March up to 1 September at band R               = 184 etmalen
 *               10 days at band K at a location in region B       =  10 etmalen (A cannot read that location)
 *               5 days at a location without a band               =   5 etmalen, not priced
 *   P x Q     = 549 x 87,239 + 10 x 58,227 = 47,894,211 + 582,270  = 48,476,481
 *   vacancy   = 10% of 63,684,470                                  =  6,368,447
 *   counted   = 48,476,481 + 6,368,447                             = 54,844,928
 *   settled   = 63,684,470 - 54,844,928                            =  8,839,542
 */
const YEAR = 2025;
const GUARANTEE = 2 * 365 * 87_239;

let db: TestDatabase;
let a: TenantWorld;
let b: TenantWorld;
let secondAdmin: string;
let guaranteeContract: string;
let bandR: string;
let jobs: RecordingJobQueue;
let asFirst: ReturnType<typeof routerCaller>;
let asSecond: ReturnType<typeof routerCaller>;
let asB: ReturnType<typeof routerCaller>;
let stayCount = 0;

const adminScope = (world: TenantWorld, userId: string): TenantScope & { regionId: string } => ({
  userId,
  role: "region_admin",
  regionId: world.regionId,
  providerId: null,
  supraRegionId: null,
});

/** A child of region A placed at a location from `startsOn` up to `endedOn`. */
async function placeChild(location: { regionId: string; id: string }, startsOn: string, endedOn: string | null) {
  stayCount++;
  const child = await db.owner
    .insertInto("children")
    .values({
      region_id: a.regionId,
      pseudonym: `J-GELD${stayCount}`,
      bsn_hash: testCrypto.lookupHash(`geld-${stayCount}`),
      bsn_encrypted: testCrypto.encrypt(`geld-${stayCount}`),
      birth_date: "2010-01-01",
      gender: "1",
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
      status: "placed",
      care_type: "jeugdzorgplus",
      submitted_at: new Date(`${startsOn}T09:00:00Z`),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const offer = await db.owner
    .insertInto("offers")
    .values({
      region_id: a.regionId,
      request_id: request.id,
      location_region_id: location.regionId,
      location_id: location.id,
      provider_id: a.providerId,
      status: "accepted",
      sent_by: a.users.placement_coordinator!.id,
      deadline_at: new Date(`${startsOn}T09:00:00Z`),
      responded_at: new Date(`${startsOn}T10:00:00Z`),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.owner
    .insertInto("placements")
    .values({
      region_id: a.regionId,
      request_id: request.id,
      offer_id: offer.id,
      location_region_id: location.regionId,
      location_id: location.id,
      provider_id: a.providerId,
      starts_on: startsOn,
      ended_on: endedOn,
      end_destination: endedOn ? "home" : null,
    })
    .execute();
}

async function newLocation(regionId: string, municipalityCode: string, band: string | null) {
  const row = await db.owner
    .insertInto("locations")
    .values({
      region_id: regionId,
      provider_id: a.providerId,
      name: `Geld ${band ?? "zonder"}`,
      municipality_code: municipalityCode,
      care_types: ["jeugdzorgplus"],
      age_min: 12,
      age_max: 18,
      intensity_band: band,
      capacity: 10,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { regionId, id: row.id };
}

beforeAll(async () => {
  db = await createTestDatabase();
  ({ a, b } = await arrangeTwoWorlds(db.owner));
  const second = await db.owner
    .insertInto("users")
    .values({ email: "tweede-beheerder@wereld.test", display_name: "Tweede beheerder" })
    .returning("id")
    .executeTakeFirstOrThrow();
  secondAdmin = second.id;
  await db.owner.insertInto("memberships").values({ user_id: secondAdmin, role: "region_admin", region_id: a.regionId }).execute();
  const contract = await db.owner
    .insertInto("contracts")
    .values({
      region_id: a.regionId,
      provider_id: a.providerId,
      segment_id: a.segmentId,
      provider_role: "strategic_partner",
      financing_form: "guarantee_budget",
      starts_on: "2024-01-01",
      ends_on: "2027-12-31",
      guarantee_amount_cents: GUARANTEE,
      status: "confirmed",
      answered_at: new Date("2023-12-01T12:00:00Z"),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  guaranteeContract = contract.id;
  const r = await newLocation(a.regionId, a.municipalityCode, "R");
  bandR = r.id;
  const kInB = await newLocation(b.regionId, b.municipalityCode, "K");
  const noBand = await newLocation(a.regionId, a.municipalityCode, null);
  await placeChild(r, "2024-12-01", null);
  await placeChild(r, "2025-03-01", "2025-09-01");
  await placeChild(kInB, "2025-05-01", "2025-05-11");
  await placeChild(noBand, "2025-06-01", "2025-06-06");
  // Outside 2025: counts for nothing.
  await placeChild(r, "2024-02-01", "2024-12-31");

  jobs = new RecordingJobQueue();
  const deps = () => apiDeps(db.app, jobs);
  const regionAdmin = (userId: string, regionId: string) => (role: string) =>
    role === "region_admin" ? { id: userId, regionId } : undefined;
  asFirst = routerCaller(db.owner, db.app, regionAdmin(a.users.region_admin!.id, a.regionId), deps);
  asSecond = routerCaller(db.owner, db.app, regionAdmin(secondAdmin, a.regionId), deps);
  asB = routerCaller(db.owner, db.app, regionAdmin(b.users.region_admin!.id, b.regionId), deps);
});
afterAll(() => db.drop());

const body = <T>(outcome: Outcome): T => {
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.body}`);
  return JSON.parse(outcome.body) as T;
};

/** The job as the worker runs it, with the payload the request procedure queued. */
async function runQueuedJob() {
  const queued = jobs.enqueued.pop();
  expect(queued?.name).toBe(computeSettlementsJob.name);
  const payload = computeSettlementsJob.payload.parse(queued!.payload);
  return processComputeSettlements(db.app, payload, "compute-settlements v1");
}

const figures = async () =>
  db.owner
    .selectFrom("settlements")
    .select([
      "contract_id",
      "provider_id",
      "period_start",
      "period_end",
      "guarantee_cents",
      "placement_days",
      "unpriced_days",
      "pxq_cents",
      "vacancy_percent",
      "vacancy_cents",
      "counted_cents",
      "settlement_cents",
      "status",
      "requested_by",
      "computed_by_job",
    ])
    .where("region_id", "=", a.regionId)
    .where("period_year", "=", YEAR)
    .execute();

describe("guarantee settlements", () => {
  it("refuses a year without a guarantee contract and a year that has not begun", async () => {
    const none = await asFirst("money.request", "region_admin", { year: 2022 });
    expect(none.ok ? "ok" : none.code).toBe("BAD_REQUEST");
    expect(none.body).toMatch(/geen bevestigd contract met een garantiebudget/);
    const future = await asFirst("money.request", "region_admin", { year: new Date().getFullYear() + 1 });
    expect(future.ok ? "ok" : future.code).toBe("BAD_REQUEST");
    expect(future.body).toMatch(/nog niet begonnen/);
    // Region B has no guarantee contract at all.
    const inB = await asB("money.request", "region_admin", { year: YEAR });
    expect(inB.ok ? "ok" : inB.code).toBe("BAD_REQUEST");
    expect(jobs.enqueued).toEqual([]);
  });

  it("computes the hand-checked figures, and the same rows again when recomputed", async () => {
    expect(body(await asFirst("money.request", "region_admin", { year: YEAR }))).toEqual({ year: YEAR, contracts: 1 });
    expect(await runQueuedJob()).toEqual({ status: "computed", written: 1, keptApproved: 0 });
    const first = await figures();
    expect(first).toEqual([
      {
        contract_id: guaranteeContract,
        provider_id: a.providerId,
        period_start: "2025-01-01",
        period_end: "2025-12-31",
        guarantee_cents: "63684470",
        placement_days: 559,
        unpriced_days: 5,
        pxq_cents: "48476481",
        vacancy_percent: 10,
        vacancy_cents: "6368447",
        counted_cents: "54844928",
        settlement_cents: "8839542",
        status: "computed",
        requested_by: a.users.region_admin!.id,
        computed_by_job: "compute-settlements v1",
      },
    ]);
    await asFirst("money.request", "region_admin", { year: YEAR });
    expect(await runQueuedJob()).toEqual({ status: "computed", written: 1, keptApproved: 0 });
    expect(await figures()).toEqual(first);
  });

  it("refuses approval by the admin who requested it, in the API and in the database (four eyes)", async () => {
    const page = body<{ items: { id: string; mayApprove: boolean; requestedByMe: boolean }[] }>(
      await asFirst("money.list", "region_admin", { year: YEAR }),
    );
    const settlement = page.items[0]!;
    expect(settlement).toMatchObject({ mayApprove: false, requestedByMe: true });
    const own = await asFirst("money.approve", "region_admin", { settlementId: settlement.id });
    expect(own.ok ? "ok" : own.code).toBe("FORBIDDEN");
    expect(own.body).toMatch(/zelf aangevraagd/);
    // The database holds the rule too, whoever writes.
    await expect(
      sql`update settlements set status = 'approved', approved_by = requested_by, approved_at = now() where id = ${settlement.id}`.execute(
        db.owner,
      ),
    ).rejects.toThrow(/check constraint/);
    expect((await figures())[0]!.status).toBe("computed");
  });

  it("lets a second admin approve; an approved settlement never changes, also not when recomputed", async () => {
    const page = body<{ items: { id: string; mayApprove: boolean }[] }>(await asSecond("money.list", "region_admin", { year: YEAR }));
    expect(page.items[0]!.mayApprove).toBe(true);
    expect(body(await asSecond("money.approve", "region_admin", { settlementId: page.items[0]!.id }))).toMatchObject({
      status: "approved",
    });
    const again = await asSecond("money.approve", "region_admin", { settlementId: page.items[0]!.id });
    expect(again.ok ? "ok" : again.code).toBe("PRECONDITION_FAILED");
    const approved = await figures();
    // More care delivered afterwards: a recomputation does not touch the approved figures.
    await placeChild({ regionId: a.regionId, id: bandR }, "2025-10-01", "2025-10-21");
    await asSecond("money.request", "region_admin", { year: YEAR });
    expect(await runQueuedJob()).toEqual({ status: "computed", written: 0, keptApproved: 1 });
    expect(await figures()).toEqual(approved);
    // Not even the region admin's own SQL reaches an approved row.
    const updated = await withTenant(db.app, adminScope(a, secondAdmin), (tx) =>
      tx
        .updateTable("settlements")
        .set({ settlement_cents: 0 })
        .where("region_id", "=", a.regionId)
        .where("period_year", "=", YEAR)
        .executeTakeFirst(),
    );
    expect(updated.numUpdatedRows).toBe(0n);
    const csv = body<{ content: string; rows: number }>(await asFirst("money.export", "region_admin", { year: YEAR }));
    expect(csv.rows).toBe(1);
    expect(csv.content).toContain(";88395,42;Goedgekeurd;");
  });

  it("puts each contract's P x Q, capacity budget and guarantee side by side", async () => {
    const page = body<{ items: { contractId: string }[] }>(await asFirst("money.contracts", "region_admin", { year: YEAR }));
    // With the 20 etmalen at R added after the approval above: 569 x 87,239 + 10 x 58,227 = 49,638,991 + 582,270
    // Capacity: the provider's 10 places at R, every day: 10 x 365 x 87,239; 18 places have no band.
    expect(page.items.find((c) => c.contractId === guaranteeContract)).toMatchObject({
      financingForm: "guarantee_budget",
      period: { startsOn: "2025-01-01", endsOn: "2025-12-31" },
      placementDays: 579,
      unpricedDays: 5,
      pxqCents: 50_221_261,
      places: 10,
      placesWithoutBand: 18,
      capacityBudgetCents: 318_422_350,
      guaranteeCents: GUARANTEE,
    });
    const fromB = await asB("money.contracts", "region_admin", { year: YEAR });
    expect(body<{ items: { contractId: string }[] }>(fromB).items.map((c) => c.contractId)).not.toContain(guaranteeContract);
  });

  it("shows another region nothing of it, and the provider only its own", async () => {
    const readAs = (scope: TenantScope) =>
      withTenant(db.app, scope, (tx) => tx.selectFrom("settlements").select(["id", "region_id"]).where("period_year", "=", YEAR).execute());
    expect(await readAs(b.scopeOf("region_admin"))).toEqual([]);
    expect(await readAs(b.scopeOf("provider_admin"))).toEqual([]);
    expect(await readAs(a.scopeOf("placement_coordinator"))).toEqual([]);
    expect((await readAs(a.scopeOf("provider_user"))).map((r) => r.region_id)).toEqual([a.regionId]);
    const fromB = body<{ items: unknown[] }>(await asB("money.list", "region_admin", { year: YEAR }));
    expect(fromB.items).toEqual([]);
    const id = (
      await db.owner.selectFrom("settlements").select("id").where("contract_id", "=", guaranteeContract).executeTakeFirstOrThrow()
    ).id;
    const approveFromB = await asB("money.approve", "region_admin", { settlementId: id });
    expect(approveFromB.ok ? "ok" : approveFromB.code).toBe("NOT_FOUND");
    // The job under B's admin finds no contract of A to settle.
    expect(await processComputeSettlements(db.app, { year: YEAR, scope: adminScope(b, b.users.region_admin!.id) }, "t")).toEqual({
      status: "computed",
      written: 0,
      keptApproved: 0,
    });
  });

  it("refuses a job whose requester is no longer a region admin there", async () => {
    const outsider = adminScope(a, b.users.region_admin!.id);
    expect(await processComputeSettlements(db.app, { year: YEAR, scope: outsider }, "t")).toEqual({
      status: "refused",
      reason: "not a region admin",
    });
  });
});
