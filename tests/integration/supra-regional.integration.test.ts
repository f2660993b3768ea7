import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TRPCError } from "@trpc/server";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue } from "./helpers/api.ts";
import { arrangeRequests } from "./helpers/placement-fixtures.ts";

/*
 * Pooling crosses tenant lines only for what it needs: pooled locations and their availability,
 * and justifications to the supra coordinator. Child data stays in the child's region.
 */
let db: TestDatabase;
const jobs = new RecordingJobQueue();
type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];
const callers: Record<string, Caller> = {};

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  // A second coordinator in Twente, so that a justification can be approved by someone else.
  const second = await db.owner
    .insertInto("users")
    .values({
      email: "tweede.twente@jeugdregie.demo",
      display_name: "Tom Tweede",
      password_hash: (
        await db.owner
          .selectFrom("users")
          .select("password_hash")
          .where("email", "=", "coordinator.twente@jeugdregie.demo")
          .executeTakeFirstOrThrow()
      ).password_hash,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const twente = await db.owner.selectFrom("regions").select("id").where("code", "=", "twente").executeTakeFirstOrThrow();
  await db.owner.insertInto("memberships").values({ user_id: second.id, role: "placement_coordinator", region_id: twente.id }).execute();
  for (const email of [
    "coordinator.twente@jeugdregie.demo",
    "tweede.twente@jeugdregie.demo",
    "coordinator.haaglanden@jeugdregie.demo",
    "coordinator.gelderland@jeugdregie.demo",
    "bovenregionaal@jeugdregie.demo",
  ]) {
    const s = new ApiSession(apiDeps(db.app, jobs));
    await s.login(email, DEMO_PASSWORD);
    callers[email] = (await s.caller()).caller;
  }
});
afterAll(() => db.drop());

async function refused(promise: Promise<unknown>, code: TRPCError["code"], message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect((error as TRPCError).code, (error as Error)?.message).toBe(code);
  expect((error as TRPCError).message).toMatch(message);
}

describe("pooled capacity", () => {
  it("shows member regions the pooled JeugdzorgPlus places of the whole supra region, and outsiders none", async () => {
    const twente = await callers["coordinator.twente@jeugdregie.demo"]!.supra.pooled().catch(() => null);
    expect(twente).toBeNull(); // a coordinator is not the supra coordinator
    const pool = (await callers["bovenregionaal@jeugdregie.demo"]!.supra.pooled()).items;
    expect(pool.length).toBeGreaterThan(0);
    expect(new Set(pool.map((l) => l.region_name)).size).toBeGreaterThan(1);
    expect(pool.every((l) => l.care_types.includes("jeugdzorgplus"))).toBe(true);

    const { requestIds } = await arrangeRequests(db.owner, "twente", 1, "matching");
    await db.owner
      .updateTable("placement_requests")
      .set({ care_type: "jeugdzorgplus", status: "matching" })
      .where("id", "=", requestIds[0]!)
      .execute();
    const proposals = await callers["coordinator.twente@jeugdregie.demo"]!.placement.proposals({ requestId: requestIds[0]! });
    expect(proposals.matches.some((m) => !m.inRegion)).toBe(true);

    const haaglanden = await arrangeRequests(db.owner, "haaglanden", 1, "matching");
    await db.owner
      .updateTable("placement_requests")
      .set({ care_type: "jeugdzorgplus" })
      .where("id", "=", haaglanden.requestIds[0]!)
      .execute();
    const outsider = await callers["coordinator.haaglanden@jeugdregie.demo"]!.placement.proposals({ requestId: haaglanden.requestIds[0]! });
    expect(outsider.matches).toEqual([]);
    expect(outsider.excluded.every((e) => !pool.some((p) => p.id === e.locationId))).toBe(true);
  });
});

describe("geen kind de regio uit", () => {
  it("needs an approved justification by a second person before an offer leaves the region; the supra coordinator sees it", async () => {
    const author = callers["coordinator.twente@jeugdregie.demo"]!;
    const colleague = callers["tweede.twente@jeugdregie.demo"]!;
    const { requestIds } = await arrangeRequests(db.owner, "twente", 1, "matching");
    const requestId = requestIds[0]!;
    await db.owner.updateTable("placement_requests").set({ care_type: "jeugdzorgplus" }).where("id", "=", requestId).execute();
    const { matches } = await author.placement.proposals({ requestId });
    const outside = matches.find((m) => !m.inRegion)!;
    await refused(
      author.placement.sendOffer({ requestId, locationId: outside.locationId }),
      "PRECONDITION_FAILED",
      /afweging 'geen kind de regio uit'/,
    );
    await refused(
      author.placement.justify({ requestId, locationId: outside.locationId, criteria: ["safety"], evidence: { safety: "kort" } }),
      "BAD_REQUEST",
      /Onderbouw "Veiligheid"/,
    );
    const justification = await author.placement.justify({
      requestId,
      locationId: outside.locationId,
      criteria: ["safety", "specific_expertise"],
      evidence: {
        safety: "Uitgebreid netwerk van uitbuiters in de eigen woonplaats; eerder weggelopen.",
        specific_expertise: "Behandeling bij seksuele uitbuiting is alleen in deze voorziening beschikbaar.",
      },
    });
    await refused(
      author.placement.decideJustification({ justificationId: justification.id, approve: true }),
      "FORBIDDEN",
      /eigen afweging/,
    );
    await colleague.placement.decideJustification({ justificationId: justification.id, approve: true, note: "Akkoord" });
    const offer = await author.placement.sendOffer({ requestId, locationId: outside.locationId });
    expect(offer.id).toBeTruthy();

    const overview = (await callers["bovenregionaal@jeugdregie.demo"]!.supra.outOfRegion()).items;
    const row = overview.find((r) => r.request_id === requestId)!;
    expect(row).toMatchObject({
      region_name: "Twente",
      care_type: "jeugdzorgplus",
      justification_status: "approved",
      criteria: ["safety", "specific_expertise"],
    });
    expect(JSON.stringify(overview)).not.toMatch(/bsn|pseudonym|J-T/);

    // Placed out of region, it counts in Twente's own trend.
    await db.owner.updateTable("offers").set({ status: "accepted" }).where("id", "=", offer.id).execute();
    await db.owner.updateTable("placement_requests").set({ status: "accepted" }).where("id", "=", requestId).execute();
    await author.placement.place({ requestId, startsOn: "2026-11-20", schoolKept: null, siblingsTogether: null });
    const trend = (await author.placement.board()).outOfRegionByMonth;
    expect(trend.find((m) => m.month === "2026-11")).toMatchObject({ outside: 1 });
  });

  it("keeps region A's child data from region B's coordinator, who sees only aggregates", async () => {
    const { requestIds } = await arrangeRequests(db.owner, "twente", 1, "submitted");
    const gelderland = callers["coordinator.gelderland@jeugdregie.demo"]!;
    await refused(gelderland.placement.get({ requestId: requestIds[0]! }), "NOT_FOUND", /bestaat niet/);
    expect((await gelderland.placement.queue()).items.some((r) => r.id === requestIds[0])).toBe(false);
    await refused(gelderland.supra.outOfRegion(), "FORBIDDEN", /werk voor bovenregionaal coördinatoren/);
  });
});

describe("the region's framework", () => {
  it("is configured by the region admin and always keeps safety or specific expertise", async () => {
    const admin = new ApiSession(apiDeps(db.app, jobs));
    await admin.login("beheer.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
    const caller = (await admin.caller()).caller;
    const framework = await caller.onboarding.framework.get();
    expect(framework.criteria.map((c) => c.code)).toEqual(["safety", "specific_expertise", "no_capacity_in_region"]);
    await refused(
      caller.onboarding.framework.save({
        criteria: [{ code: "no_capacity_in_region", label: "Capaciteit", evidence: "Welke plekken zijn bekeken?" }],
        approver: "region_coordinator",
        secondPerson: true,
      }),
      "BAD_REQUEST",
      /veiligheid of specifieke expertise/,
    );
    await caller.onboarding.framework.save({ criteria: framework.criteria.slice(0, 2), approver: "supra_coordinator", secondPerson: true });
    expect((await caller.onboarding.framework.get()).approver).toBe("supra_coordinator");
  });
});

describe("a framework with the supra coordinator as approver", () => {
  it("lets only the supra coordinator decide, across the tenant line, and records it in the region's audit chain", async () => {
    const twente = await db.owner.selectFrom("regions").select("id").where("code", "=", "twente").executeTakeFirstOrThrow();
    await db.owner
      .insertInto("oor_frameworks")
      .values({
        region_id: twente.id,
        criteria: JSON.stringify([{ code: "safety", label: "Veiligheid", evidence: "Welk risico?" }]),
        approver: "supra_coordinator",
        second_person: true,
      })
      .execute();
    const { requestIds } = await arrangeRequests(db.owner, "twente", 1, "matching");
    await db.owner.updateTable("placement_requests").set({ care_type: "jeugdzorgplus" }).where("id", "=", requestIds[0]!).execute();
    const author = callers["coordinator.twente@jeugdregie.demo"]!;
    const outside = (await author.placement.proposals({ requestId: requestIds[0]! })).matches.find((m) => !m.inRegion)!;
    const j = await author.placement.justify({
      requestId: requestIds[0]!,
      locationId: outside.locationId,
      criteria: ["safety"],
      evidence: { safety: "Dreiging vanuit het netwerk in de eigen stad, aangifte gedaan." },
    });
    await refused(
      callers["tweede.twente@jeugdregie.demo"]!.placement.decideJustification({ justificationId: j.id, approve: true }),
      "FORBIDDEN",
      /bovenregionaal coördinator/,
    );
    await callers["bovenregionaal@jeugdregie.demo"]!.supra.decide({
      regionId: twente.id,
      justificationId: j.id,
      approve: true,
      note: null,
    });
    const decided = await db.owner.selectFrom("oor_justifications").select(["status"]).where("id", "=", j.id).executeTakeFirstOrThrow();
    expect(decided.status).toBe("approved");
    const audit = await db.owner
      .selectFrom("audit_log")
      .select(["role", "region_id"])
      .where("entity", "=", "oor_justification")
      .where("entity_id", "=", j.id)
      .where("action", "=", "update")
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ role: "supra_coordinator", region_id: twente.id });
  });
});

describe("allocations of pooled places", () => {
  it("never exceed the pool, and a region going over needs a recorded reason that the supra coordinator sees", async () => {
    const supra = callers["bovenregionaal@jeugdregie.demo"]!.supra;
    const year = new Date().getFullYear();
    const { pools } = await supra.allocations({ year });
    const jzp = pools.find((p) => p.careType === "jeugdzorgplus")!;
    expect(jzp.capacity).toBeGreaterThan(0);
    const twente = jzp.regions.find((r) => r.regionName === "Twente")!;
    await refused(
      supra.saveAllocations({
        careType: "jeugdzorgplus",
        year,
        allocations: jzp.regions.map((r) => ({ regionId: r.regionId, places: jzp.capacity })),
      }),
      "BAD_REQUEST",
      /meer dan de gedeelde capaciteit/,
    );
    await refused(
      supra.saveAllocations({ careType: "gezinshuis", year, allocations: [{ regionId: twente.regionId, places: 1 }] }),
      "BAD_REQUEST",
      /niet gedeeld/,
    );
    await supra.saveAllocations({ careType: "jeugdzorgplus", year, allocations: [{ regionId: twente.regionId, places: twente.used }] });

    const author = callers["coordinator.twente@jeugdregie.demo"]!;
    const { requestIds } = await arrangeRequests(db.owner, "twente", 1, "matching");
    await db.owner
      .updateTable("placement_requests")
      .set({ care_type: "jeugdzorgplus", urgency: "crisis" })
      .where("id", "=", requestIds[0]!)
      .execute();
    const inRegion = (await author.placement.proposals({ requestId: requestIds[0]! })).matches.find((m) => m.inRegion);
    const target = inRegion ?? (await author.placement.proposals({ requestId: requestIds[0]! })).matches[0]!;
    if (!target.inRegion) {
      const j = await author.placement.justify({
        requestId: requestIds[0]!,
        locationId: target.locationId,
        criteria: ["safety"],
        evidence: { safety: "Dreiging vanuit het netwerk in de eigen stad, aangifte gedaan." },
      });
      await supra.decide({ regionId: twente.regionId, justificationId: j.id, approve: true, note: null });
    }
    await refused(
      author.placement.sendOffer({ requestId: requestIds[0]!, locationId: target.locationId }),
      "PRECONDITION_FAILED",
      /over haar toewijzing/,
    );
    await author.placement.sendOffer({
      requestId: requestIds[0]!,
      locationId: target.locationId,
      overAllocationReason: "Spoedmachtiging van de kinderrechter; geen alternatief.",
    });

    const after = await supra.allocations({ year });
    const twenteAfter = after.pools.find((p) => p.careType === "jeugdzorgplus")!.regions.find((r) => r.regionName === "Twente")!;
    expect(twenteAfter).toMatchObject({ allocated: twente.used, used: twente.used + 1, over: true });
    expect(after.overAllocations[0]).toMatchObject({
      region_name: "Twente",
      care_type: "jeugdzorgplus",
      reason: "Spoedmachtiging van de kinderrechter; geen alternatief.",
    });
    await refused(
      callers["coordinator.haaglanden@jeugdregie.demo"]!.supra.allocations({ year }),
      "FORBIDDEN",
      /werk voor bovenregionaal coördinatoren/,
    );
  });
});

describe("capacity negotiations", () => {
  it("Twente asks Centraal Gelderland for two places, gets a counter of one, accepts, and the allocations move", async () => {
    const twente = callers["coordinator.twente@jeugdregie.demo"]!;
    const gelderland = callers["coordinator.gelderland@jeugdregie.demo"]!;
    const supra = callers["bovenregionaal@jeugdregie.demo"]!.supra;
    const year = 2027;
    const { pools } = await supra.allocations({ year });
    const regions = pools.find((p) => p.careType === "jeugdzorgplus")!.regions;
    const twenteId = regions.find((r) => r.regionName === "Twente")!.regionId;
    const arnhemId = regions.find((r) => r.regionName.startsWith("Centraal Gelderland"))!.regionId;
    await supra.saveAllocations({
      careType: "jeugdzorgplus",
      year,
      allocations: [
        { regionId: twenteId, places: 3 },
        { regionId: arnhemId, places: 4 },
      ],
    });

    await refused(
      twente.negotiations.open({
        careType: "gezinshuis",
        counterpartyRegionId: arnhemId,
        places: 2,
        periodStart: "2027-01-01",
        periodEnd: "2027-12-31",
      }),
      "BAD_REQUEST",
      /niet gedeeld/,
    );
    await refused(
      twente.negotiations.open({
        careType: "jeugdzorgplus",
        counterpartyRegionId: arnhemId,
        places: 2,
        periodStart: "2027-12-31",
        periodEnd: "2027-01-01",
      }),
      "BAD_REQUEST",
      /voor de begindatum/,
    );
    const opened = await twente.negotiations.open({
      careType: "jeugdzorgplus",
      counterpartyRegionId: arnhemId,
      places: 2,
      periodStart: "2027-01-01",
      periodEnd: "2027-12-31",
      note: "Wachtlijst JZ+ loopt op",
    });
    // The work list's figures (SQL groups + the domain's turn rule) agree with the listed negotiations.
    const countsAgree = async (api: typeof twente) => {
      const listed = (await api.negotiations.list({ limit: 100 })).items;
      expect(await api.negotiations.counts()).toEqual({
        open: listed.filter((n) => n.status === "open" || n.status === "countered").length,
        myTurn: listed.filter((n) => n.myTurn).length,
      });
    };
    const twenteWaits = (await twente.negotiations.counts()).myTurn;
    const arnhemWaits = (await gelderland.negotiations.counts()).myTurn;
    for (const api of [twente, gelderland, callers["bovenregionaal@jeugdregie.demo"]!]) await countsAgree(api);
    const seenByArnhem = (await gelderland.negotiations.list()).items.find((n) => n.id === opened.id)!;
    expect(seenByArnhem).toMatchObject({ status: "open", places: 2, myTurn: true, openerName: "Twente" });
    await refused(
      twente.negotiations.answer({ negotiationId: opened.id, action: "accept" }),
      "PRECONDITION_FAILED",
      /andere partij is aan zet/,
    );
    await gelderland.negotiations.answer({ negotiationId: opened.id, action: "counter", places: 1, note: "Eén plek kan" });
    expect((await twente.negotiations.counts()).myTurn).toBe(twenteWaits + 1);
    expect((await gelderland.negotiations.counts()).myTurn).toBe(arnhemWaits - 1);
    for (const api of [twente, gelderland, callers["bovenregionaal@jeugdregie.demo"]!]) await countsAgree(api);
    expect((await twente.negotiations.list()).items.find((n) => n.id === opened.id)).toMatchObject({
      status: "countered",
      places: 1,
      myTurn: true,
    });
    await twente.negotiations.answer({ negotiationId: opened.id, action: "accept" });

    const after = (await supra.allocations({ year })).pools.find((p) => p.careType === "jeugdzorgplus")!.regions;
    expect(after.find((r) => r.regionId === twenteId)!.allocated).toBe(4);
    expect(after.find((r) => r.regionId === arnhemId)!.allocated).toBe(3);
    const steps = (await callers["bovenregionaal@jeugdregie.demo"]!.negotiations.list()).items.find((n) => n.id === opened.id)!.steps;
    expect(steps.map((s) => [s.side, s.action, s.places])).toEqual([
      ["opener", "open", 2],
      ["counterparty", "counter", 1],
      ["opener", "accept", 1],
    ]);
    const mails = await db.owner.selectFrom("outbox").select("recipient").where("subject", "like", "%apaciteit%").execute();
    expect(mails.map((m) => m.recipient)).toEqual(
      expect.arrayContaining(["coordinator.gelderland@jeugdregie.demo", "coordinator.twente@jeugdregie.demo"]),
    );
    expect(jobs.enqueued.filter((j) => j.name === "send-email").length).toBeGreaterThanOrEqual(3);
    const haaglanden = callers["coordinator.haaglanden@jeugdregie.demo"]!;
    expect((await haaglanden.negotiations.list()).items.some((n) => n.id === opened.id)).toBe(false);
  });
});

describe("phase-out plans for closed care", () => {
  it("compare plan with capacity and occupancy per provider and warn", async () => {
    const supra = callers["bovenregionaal@jeugdregie.demo"]!.supra;
    const { items: overview } = await supra.phaseOut({ year: 2026 });
    expect(overview.length).toBeGreaterThan(0);
    const first = overview[0]!;
    await refused(
      supra.savePhaseOut({
        providerId: first.providerId,
        plan: [
          { year: 2026, places: 4 },
          { year: 2027, places: 6 },
        ],
        minViablePct: 70,
      }),
      "BAD_REQUEST",
      /loopt af/,
    );
    await refused(
      supra.savePhaseOut({
        providerId: first.providerId,
        plan: [
          { year: 2029, places: 2 },
          { year: 2030, places: 1 },
        ],
        minViablePct: 70,
      }),
      "BAD_REQUEST",
      /nul gesloten plekken/,
    );
    await supra.savePhaseOut({
      providerId: first.providerId,
      plan: [
        { year: 2026, places: Math.max(0, first.capacity - 1) },
        { year: 2028, places: 1 },
        { year: 2030, places: 0 },
      ],
      minViablePct: 70,
    });
    const after = (await supra.phaseOut({ year: 2026 })).items.find((p) => p.providerId === first.providerId)!;
    expect(after.planned).toBe(Math.max(0, first.capacity - 1));
    expect(after.warnings.map((w) => w.kind)).toContain("ahead_of_plan");
    await refused(
      callers["coordinator.twente@jeugdregie.demo"]!.supra.phaseOut({ year: 2026 }),
      "FORBIDDEN",
      /werk voor bovenregionaal coördinatoren/,
    );
  });
});

describe("negotiating with the pool", () => {
  it("gives only what the pool has beyond its allocations", async () => {
    const twente = callers["coordinator.twente@jeugdregie.demo"]!;
    const supraCaller = callers["bovenregionaal@jeugdregie.demo"]!;
    const tooMuch = await twente.negotiations.open({
      careType: "jeugdzorgplus",
      counterpartyRegionId: null,
      places: 5000,
      periodStart: "2028-01-01",
      periodEnd: "2028-12-31",
    });
    await refused(
      supraCaller.negotiations.answer({ negotiationId: tooMuch.id, action: "accept" }),
      "BAD_REQUEST",
      /meer dan de gedeelde capaciteit/,
    );
    const fair = await twente.negotiations.open({
      careType: "jeugdzorgplus",
      counterpartyRegionId: null,
      places: 2,
      periodStart: "2028-01-01",
      periodEnd: "2028-12-31",
    });
    await supraCaller.negotiations.answer({ negotiationId: fair.id, action: "accept" });
    const regions = (await supraCaller.supra.allocations({ year: 2028 })).pools.find((p) => p.careType === "jeugdzorgplus")!.regions;
    expect(regions.find((r) => r.regionName === "Twente")!.allocated).toBe(2);
  });
});
