import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@jeugdregie/db";
import {
  AT_RISK_NOTE_MIN_LENGTH,
  DECLINE_OTHER_TEXT_MIN_LENGTH,
  OFFER_NOTE_MAX_LENGTH,
  REQUEST_STATUSES,
  takesEvent,
  transition,
  type RequestStatus,
} from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { arrangeTwoTenants } from "./helpers/fixtures.ts";

/*
 * The provider's answer moves the request on inside the database (app.answer_offer, a SECURITY
 * DEFINER function: the provider cannot write the child's region itself). The state machine in
 * packages/domain is the only definition of which status changes are allowed, so this walks its
 * table: for every request status, an accepted and a declined open offer must move the request
 * exactly as `transition` says, and leave it where it is wherever the machine refuses the event.
 * A change on either side (the domain's table or the SQL function) fails here.
 */
let db: TestDatabase;
let t: Awaited<ReturnType<typeof arrangeTwoTenants>>;
let locationP: string;
let userId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await arrangeTwoTenants(db.owner);
  locationP = (await db.owner.selectFrom("locations").select("id").where("name", "=", "P in A").executeTakeFirstOrThrow()).id;
  userId = (await db.owner.selectFrom("users").select("id").executeTakeFirstOrThrow()).id;
});
afterAll(() => db.drop());

let n = 0;
/** A request in `status` with an open offer to provider P that is not overdue (as the owner: any status). */
async function openOfferOnRequestIn(status: RequestStatus) {
  n++;
  const child = await db.owner
    .insertInto("children")
    .values({
      region_id: t.regionA,
      pseudonym: `J-ANS${String(n).padStart(3, "0")}`,
      bsn_hash: `hash-answer-${n}`,
      bsn_encrypted: "v1:x",
      birth_date: "2012-03-01",
      gender: "1",
      home_municipality_code: "GM9001",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const request = await db.owner
    .insertInto("placement_requests")
    .values({
      region_id: t.regionA,
      child_id: child.id,
      referrer_user_id: userId,
      referrer_kind: "01",
      care_type: "behandelgroep",
      status,
      submitted_at: status === "draft" ? null : new Date(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const offer = await db.owner
    .insertInto("offers")
    .values({
      region_id: t.regionA,
      request_id: request.id,
      location_region_id: t.regionA,
      location_id: locationP,
      provider_id: t.providerP,
      status: "open",
      deadline_at: new Date(Date.now() + 86_400_000),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { requestId: request.id, offerId: offer.id };
}

/** What the domain says a request in `status` becomes on this answer: its target, or unchanged where refused. */
function domainOutcome(status: RequestStatus, accept: boolean): RequestStatus {
  const event = accept ? ({ type: "offerAccepted" } as const) : ({ type: "offerDeclined" } as const);
  return takesEvent(status, event.type) ? transition(status, event) : status;
}

describe("app.answer_offer follows the request state machine", () => {
  for (const accept of [true, false]) {
    it(`moves a request on ${accept ? "an accepted" : "a declined"} offer exactly as the domain's table says`, async () => {
      const outcomes: Record<string, { database: string; domain: string }> = {};
      for (const status of REQUEST_STATUSES) {
        const { requestId, offerId } = await openOfferOnRequestIn(status);
        const answered = await withTenant(db.app, t.providerUserOf(t.providerP), (tx) =>
          sql<{
            request_status: string;
          }>`select * from app.answer_offer(${offerId}, ${accept}, ${accept ? null : "no_capacity"}, null)`.execute(tx),
        );
        const stored = await db.owner
          .selectFrom("placement_requests")
          .select("status")
          .where("id", "=", requestId)
          .executeTakeFirstOrThrow();
        expect(answered.rows[0]?.request_status).toBe(stored.status);
        outcomes[status] = { database: stored.status, domain: domainOutcome(status, accept) };
      }
      const differing = Object.entries(outcomes).filter(([, o]) => o.database !== o.domain);
      expect(differing).toEqual([]);
      // The walk covers a real move, not only refusals.
      expect(outcomes.offered).toEqual({ database: accept ? "accepted" : "matching", domain: accept ? "accepted" : "matching" });
    });
  }
});

/** The provider's text rules, stated once in packages/domain, are the ones the database functions apply. */
describe("app.answer_offer and app.signal_at_risk apply the domain's text lengths", () => {
  const asProvider = <T>(query: ReturnType<typeof sql<T>>) => withTenant(db.app, t.providerUserOf(t.providerP), (tx) => query.execute(tx));
  const declineOther = async (text: string) => {
    const { offerId } = await openOfferOnRequestIn("offered");
    return asProvider(sql`select * from app.answer_offer(${offerId}, false, 'other', ${text})`);
  };

  it("asks a decline for 'other' at least DECLINE_OTHER_TEXT_MIN_LENGTH characters, and at most OFFER_NOTE_MAX_LENGTH", async () => {
    await expect(declineOther("x".repeat(DECLINE_OTHER_TEXT_MIN_LENGTH - 1))).rejects.toThrow(/at least/);
    await expect(declineOther("x".repeat(DECLINE_OTHER_TEXT_MIN_LENGTH))).resolves.toBeDefined();
    await expect(declineOther("x".repeat(OFFER_NOTE_MAX_LENGTH + 1))).rejects.toThrow(/at most/);
    await expect(declineOther("x".repeat(OFFER_NOTE_MAX_LENGTH))).resolves.toBeDefined();
  });

  it("asks an at-risk signal AT_RISK_NOTE_MIN_LENGTH to OFFER_NOTE_MAX_LENGTH characters", async () => {
    const { requestId, offerId } = await openOfferOnRequestIn("placed");
    await db.owner.updateTable("offers").set({ status: "accepted" }).where("id", "=", offerId).execute();
    const placement = await db.owner
      .insertInto("placements")
      .values({
        region_id: t.regionA,
        request_id: requestId,
        offer_id: offerId,
        location_region_id: t.regionA,
        location_id: locationP,
        provider_id: t.providerP,
        starts_on: "2026-01-05",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const signal = (note: string) => asProvider(sql`select * from app.signal_at_risk(${placement.id}, ${note})`);
    await expect(signal("x".repeat(AT_RISK_NOTE_MIN_LENGTH - 1))).rejects.toThrow(/characters/);
    await expect(signal("x".repeat(OFFER_NOTE_MAX_LENGTH + 1))).rejects.toThrow(/characters/);
    await expect(signal("x".repeat(AT_RISK_NOTE_MIN_LENGTH))).resolves.toBeDefined();
    await expect(signal("x".repeat(OFFER_NOTE_MAX_LENGTH))).resolves.toBeDefined();
  });
});
