import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TRPCError } from "@trpc/server";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { processCrisisCapCheck, processRematchWaiting, processStaleCapacityReminders, REMATCH_DEBOUNCE_MS } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue, testCrypto } from "./helpers/api.ts";
import { arrangeRequests } from "./helpers/placement-fixtures.ts";

let db: TestDatabase;
const jobs = new RecordingJobQueue();
type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];
let provider: Caller;
let coordinator: Caller;

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  const signIn = async (email: string) => {
    const s = new ApiSession(apiDeps(db.app, jobs));
    await s.login(email, DEMO_PASSWORD);
    return (await s.caller()).caller;
  };
  provider = await signIn("aanbieder@jeugdregie.demo");
  coordinator = await signIn("coordinator.haaglanden@jeugdregie.demo");
});
afterAll(() => db.drop());

async function refused(promise: Promise<unknown>, code: TRPCError["code"], message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toMatch(message);
}

describe("fresh capacity", () => {
  it("lets a provider confirm its own capacity, never below what is in use, and re-matches when it rises", async () => {
    const [own] = (await provider.provider.capacity()).items;
    await provider.provider.confirmCapacity({ locationId: own!.id, capacity: own!.capacity + 1 });
    // Re-matching runs on its own queue, deduplicated per region and delayed so a burst is one run.
    expect(jobs.enqueued.at(-1)).toMatchObject({
      queue: "matching",
      name: "rematch-waiting",
      options: { delay: REMATCH_DEBOUNCE_MS, deduplication: { id: expect.stringMatching(/^rematch-waiting-/) } },
    });
    const after = (await provider.provider.capacity()).items.find((l) => l.id === own!.id)!;
    expect(after.capacity).toBe(own!.capacity + 1);
    expect(new Date(after.capacity_confirmed_at!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const other = await db.owner
      .selectFrom("locations as l")
      .innerJoin("providers as p", "p.id", "l.provider_id")
      .select("l.id")
      .where("p.kvk", "<>", "41150001")
      .executeTakeFirstOrThrow();
    await refused(provider.provider.confirmCapacity({ locationId: other.id, capacity: 3 }), "NOT_FOUND", /niet van jouw organisatie/);
    await refused(provider.provider.confirmCapacity({ locationId: own!.id, capacity: -1 }), "BAD_REQUEST", /negatief/);
  });

  it("reminds provider users of stale capacity once a day through the outbox", async () => {
    await db.owner
      .updateTable("locations")
      .set({ capacity_confirmed_at: new Date(Date.now() - 30 * 86_400_000) })
      .execute();
    const reminded = await processStaleCapacityReminders(db.app, testCrypto);
    expect(reminded).toContain("aanbieder@jeugdregie.demo");
    expect(await processStaleCapacityReminders(db.app, testCrypto)).toEqual([]);
    const mail = await db.owner
      .selectFrom("outbox")
      .select(["subject", "body"])
      .where("recipient", "=", "aanbieder@jeugdregie.demo")
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe("Bevestig de capaciteit van Stichting De Kapstok Jeugdzorg");
    expect(testCrypto.decrypt(mail.body)).toMatch(/niet bevestigd/);
  });
});

describe("waiting requests", () => {
  it("are re-matched when capacity appears, with one notification per request", async () => {
    const { requestIds } = await arrangeRequests(db.owner, "haaglanden", 2, "waiting");
    await db.owner
      .updateTable("placement_requests")
      .set({ waiting_since: new Date(Date.now() - 3 * 86_400_000), interim_help: "Ambulant" })
      .where("id", "in", requestIds)
      .execute();
    const region = await db.owner.selectFrom("regions").select("id").where("code", "=", "haaglanden").executeTakeFirstOrThrow();
    expect(await processRematchWaiting(db.app, { regionId: region.id })).toEqual({ waiting: 2, notified: 2 });
    await processRematchWaiting(db.app, { regionId: region.id });
    const board = await coordinator.placement.board();
    expect(board.notifications).toHaveLength(2);
    expect(board.notifications[0]!.message).toMatch(/Er is een passende plek voor J-T0000\d/);
    expect(board.waitingByCareType).toEqual([{ careType: "behandelgroep", count: 2, averageDays: 3 }]);
    expect(board.outOfRegionByMonth).toEqual([]);
  });
});

describe("crisis placements", () => {
  it("warn before the 28-day cap and need a follow-up decision", async () => {
    const { regionId, requestIds } = await arrangeRequests(db.owner, "haaglanden", 1, "placed");
    const requestId = requestIds[0]!;
    await db.owner.updateTable("placement_requests").set({ urgency: "crisis" }).where("id", "=", requestId).execute();
    const location = await db.owner
      .selectFrom("locations")
      .select(["region_id", "id", "provider_id"])
      .where("region_id", "=", regionId)
      .executeTakeFirstOrThrow();
    const offer = await db.owner
      .insertInto("offers")
      .values({
        region_id: regionId,
        request_id: requestId,
        location_region_id: location.region_id,
        location_id: location.id,
        provider_id: location.provider_id,
        status: "accepted",
        deadline_at: new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const startsOn = new Date(Date.now() - 26 * 86_400_000).toISOString().slice(0, 10);
    const capEndsOn = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await db.owner
      .insertInto("placements")
      .values({
        region_id: regionId,
        request_id: requestId,
        offer_id: offer.id,
        location_region_id: location.region_id,
        location_id: location.id,
        provider_id: location.provider_id,
        starts_on: startsOn,
        crisis_cap_ends_on: capEndsOn,
      })
      .execute();
    expect(await processCrisisCapCheck(db.app, new Date(Date.now() - 10 * 86_400_000))).toBe(0);
    expect(await processCrisisCapCheck(db.app)).toBe(1);
    const warning = (await coordinator.placement.board()).notifications.find((n) => n.kind === "crisis_cap")!;
    expect(warning.message).toMatch(/grens van 28 dagen: leg een vervolgbesluit vast/);
    await refused(coordinator.placement.followUp({ requestId, decision: "" }), "BAD_REQUEST", /vervolgbesluit/);
    await coordinator.placement.followUp({ requestId, decision: "Doorplaatsing naar gezinshuis in de regio" });
    expect((await coordinator.placement.board()).notifications.some((n) => n.kind === "crisis_cap")).toBe(false);
    expect(await processCrisisCapCheck(db.app)).toBe(0);
  });
});

describe("the crisis team", () => {
  it("works on crisis requests only: no document gate, and the regular queue stays invisible", async () => {
    const session = new ApiSession(apiDeps(db.app, jobs));
    await session.login("crisisteam.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
    const crisisTeam = (await session.caller()).caller;
    const regular = await arrangeRequests(db.owner, "haaglanden", 1, "submitted");
    const crisis = await arrangeRequests(db.owner, "haaglanden", 1, "submitted");
    await db.owner
      .updateTable("placement_requests")
      .set({ urgency: "crisis", care_type: "crisisplek" })
      .where("id", "=", crisis.requestIds[0]!)
      .execute();

    const queue = (await crisisTeam.placement.queue()).items;
    expect(queue.map((r) => r.id)).toContain(crisis.requestIds[0]);
    expect(queue.every((r) => r.urgency === "crisis")).toBe(true);
    await refused(crisisTeam.placement.get({ requestId: regular.requestIds[0]! }), "NOT_FOUND", /bestaat niet/);
    expect(await crisisTeam.placement.startMatching({ requestId: crisis.requestIds[0]! })).toBe("matching");
    const { matches } = await crisisTeam.placement.proposals({ requestId: crisis.requestIds[0]! });
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((m) => m.reasons.includes("zorgvorm Crisisplek past"))).toBe(true);
    await refused(crisisTeam.onboarding.progress(), "FORBIDDEN", /regiobeheerder/);
  });
});
