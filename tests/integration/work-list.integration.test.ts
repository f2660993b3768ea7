import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, withTenant, workList, type Database } from "@jeugdregie/db";
import type { OfferStatus } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps } from "./helpers/api.ts";
import { arrangeRequests } from "./helpers/placement-fixtures.ts";

/*
 * Issue 10: the coordinator's start page is a work list. Four bounded lists, each in the order a
 * coordinator works them, found through an index made for that query; the crisis team's list
 * holds crisis requests only.
 */
let db: TestDatabase;
let coordinator: Awaited<ReturnType<ApiSession["caller"]>>["caller"];
let twente: Awaited<ReturnType<typeof arrangeRequests>>;
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ids: Record<string, string> = {};

async function offerFor(owner: Database, regionId: string, requestId: string, status: OfferStatus, deadlineInHours: number) {
  const location = await owner
    .selectFrom("locations")
    .select(["id", "provider_id"])
    .where("region_id", "=", regionId)
    .executeTakeFirstOrThrow();
  return owner
    .insertInto("offers")
    .values({
      region_id: regionId,
      request_id: requestId,
      location_region_id: regionId,
      location_id: location.id,
      provider_id: location.provider_id,
      status,
      deadline_at: new Date(Date.now() + deadlineInHours * HOUR),
    })
    .returning(["id", "location_id", "provider_id"])
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  const session = new ApiSession(apiDeps(db.app));
  await session.login("coordinator.twente@jeugdregie.demo", DEMO_PASSWORD);
  coordinator = (await session.caller()).caller;

  // 30 requests waiting for action, submitted 0..29 days ago, and one crisis request submitted just now
  twente = await arrangeRequests(db.owner, "twente", 30, "submitted");
  for (const [i, id] of twente.requestIds.entries())
    await db.owner
      .updateTable("placement_requests")
      .set({ submitted_at: new Date(Date.now() - i * DAY) })
      .where("id", "=", id)
      .execute();
  const [crisis] = (await arrangeRequests(db.owner, "twente", 1, "triage")).requestIds;
  await db.owner.updateTable("placement_requests").set({ urgency: "crisis", care_type: "crisisplek" }).where("id", "=", crisis!).execute();
  ids.crisis = crisis!;

  // offers out with deadlines: one already past (the job has not run yet), one in 2 hours, one in 30
  const offered = (await arrangeRequests(db.owner, "twente", 3, "offered")).requestIds;
  for (const [i, hours] of [30, -1, 2].entries())
    ids[`offer${hours}`] = (await offerFor(db.owner, twente.regionId, offered[i]!, "open", hours)).id;

  // a placement under pressure
  const [placedRequest] = (await arrangeRequests(db.owner, "twente", 1, "placed")).requestIds;
  const accepted = await offerFor(db.owner, twente.regionId, placedRequest!, "accepted", 10);
  await db.owner
    .insertInto("placements")
    .values({
      region_id: twente.regionId,
      request_id: placedRequest!,
      offer_id: accepted.id,
      location_region_id: twente.regionId,
      location_id: accepted.location_id,
      provider_id: accepted.provider_id,
      starts_on: "2026-01-05",
      at_risk: true,
      at_risk_note: "Escalaties op de groep",
      at_risk_since: new Date(Date.now() - 2 * DAY),
    })
    .execute();

  // two children waiting with interim help, for 3 and 10 days
  const waiting = (await arrangeRequests(db.owner, "twente", 2, "waiting")).requestIds;
  for (const [i, days] of [3, 10].entries()) {
    await db.owner
      .updateTable("placement_requests")
      .set({ waiting_since: new Date(Date.now() - days * DAY), interim_help: `Ambulant team (${days} dagen)` })
      .where("id", "=", waiting[i]!)
      .execute();
    ids[`waiting${days}`] = waiting[i]!;
  }
});
afterAll(() => db.drop());

describe("the coordinator's work list", () => {
  it("lists what waits for action, crisis first and then the longest waiting, bounded with the total", async () => {
    const list = await coordinator.placement.worklist();
    expect(list.needsActionTotal).toBe(31);
    expect(list.needsAction).toHaveLength(25);
    expect(list.needsAction[0]).toMatchObject({ id: ids.crisis, urgency: "crisis", status: "triage" });
    expect(list.needsAction[1]).toMatchObject({ id: twente.requestIds[29], daysWaiting: 29 });
    expect(list.needsAction.slice(1).map((r) => r.daysWaiting)).toEqual(Array.from({ length: 24 }, (_, i) => 29 - i));
  });

  it("lists open offers by deadline with the hours left, the placements under pressure and the waiting children with their days", async () => {
    const list = await coordinator.placement.worklist();
    expect(list.offers.map((o) => o.id)).toEqual([ids["offer-1"], ids.offer2, ids.offer30]);
    expect(list.offers.map((o) => o.hoursLeft)).toEqual([-1, 2, 30]);
    expect(list.atRisk).toHaveLength(1);
    expect(list.atRisk[0]).toMatchObject({ at_risk_note: "Escalaties op de groep", location_name: expect.any(String) });
    expect(list.waiting.map((r) => [r.id, r.daysWaiting])).toEqual([
      [ids.waiting10, 10],
      [ids.waiting3, 3],
    ]);
    expect(list.waitingTotal).toBe(2);
    expect(JSON.stringify(list)).not.toMatch(/bsn|name_encrypted/);
  });

  it("holds only crisis requests for the crisis team (row-level security)", async () => {
    // another user than the coordinator who referred the fixtures (a referrer sees their own requests)
    const crisisTeam = { ...twente.scope, userId: randomUUID(), role: "crisis_team" as const };
    const list = await withTenant(db.app, crisisTeam, (tx) => workList(tx, twente.regionId));
    expect(list.needsAction.map((r) => r.id)).toEqual([ids.crisis]);
    expect(list.needsActionTotal).toBe(1);
    expect([...list.offers, ...list.atRisk, ...list.waiting]).toEqual([]);
  });

  it("finds open offers and waiting children through the indexes made for them", async () => {
    const plan = async (query: ReturnType<typeof sql>) =>
      db.owner.transaction().execute(async (tx) => {
        await sql`set local enable_seqscan = off`.execute(tx);
        const { rows } = await sql<{ "QUERY PLAN": string }>`explain (costs off) ${query}`.execute(tx);
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
    expect(
      await plan(sql`select id from offers where region_id = ${twente.regionId} and status = 'open' order by deadline_at limit 25`),
    ).toContain("offers_open_region_deadline_idx");
    expect(
      await plan(
        sql`select id from placement_requests where region_id = ${twente.regionId} and status = 'waiting' order by waiting_since, id limit 25`,
      ),
    ).toContain("placement_requests_waiting_idx");
    expect(
      await plan(
        sql`select id from placement_requests where region_id = ${twente.regionId} and status in ('submitted', 'triage', 'matching', 'accepted') order by submitted_at, id limit 25`,
      ),
      // the work list's own index, or the active queue's partial index (migration 0023) that holds the same rows
    ).toMatch(/placement_requests_(worklist|active_queue)_idx/);
  });
});
