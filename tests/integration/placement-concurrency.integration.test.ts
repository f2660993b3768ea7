import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOffer, startPlacement, withTenant } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { arrangeRequests } from "./helpers/placement-fixtures.ts";

/*
 * The last free place can never be offered or placed twice, also with 50 coordinators at once:
 * enforced in the database (per-location lock, cross-region counts, unique indexes).
 */
let db: TestDatabase;
let fixture: Awaited<ReturnType<typeof arrangeRequests>>;
const deadline = new Date(Date.now() + 86_400_000);

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  fixture = await arrangeRequests(db.owner, "haaglanden", 50);
});
afterAll(() => db.drop());

async function locationsOfRegion(count: number) {
  return db.owner.selectFrom("locations").select("id").where("region_id", "=", fixture.regionId).orderBy("name").limit(count).execute();
}

describe("50 concurrent attempts", () => {
  it("offer the last free place exactly once", async () => {
    const [location] = await locationsOfRegion(1);
    await db.owner.updateTable("locations").set({ capacity: 1 }).where("id", "=", location!.id).execute();
    const results = await Promise.allSettled(
      fixture.requestIds.map((requestId) =>
        withTenant(db.app, fixture.scope, (tx) => createOffer(tx, fixture.scope, fixture.regionId, requestId, location!.id, deadline)),
      ),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(49);
    expect(new Set(rejected.map((r) => (r.reason as Error).message))).toEqual(
      new Set(["Op deze locatie is geen plek meer vrij: een andere voorlegging of plaatsing was je voor."]),
    );
    const offers = await db.owner
      .selectFrom("offers")
      .select("id")
      .where("location_id", "=", location!.id)
      .where("status", "=", "open")
      .execute();
    expect(offers).toHaveLength(1);
  });

  it("never give one request two open offers", async () => {
    const locations = await db.owner
      .selectFrom("locations")
      .select("id")
      .where("region_id", "=", fixture.regionId)
      .where("capacity", ">", 1)
      .limit(10)
      .execute();
    const requestId = fixture.requestIds[49]!;
    const attempts = Array.from({ length: 50 }, (_, i) => locations[i % locations.length]!.id);
    const results = await Promise.allSettled(
      attempts.map((locationId) =>
        withTenant(db.app, fixture.scope, (tx) => createOffer(tx, fixture.scope, fixture.regionId, requestId, locationId, deadline)),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const messages = new Set(
      results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => (r.reason as Error).message),
    );
    expect(messages).toEqual(new Set(["Deze aanmelding ligt al bij een aanbieder: één voorlegging tegelijk."]));
  });

  it("place an accepted offer exactly once", async () => {
    const offer = await db.owner
      .selectFrom("offers")
      .select(["id", "request_id"])
      .where("status", "=", "open")
      .where("request_id", "=", fixture.requestIds[49]!)
      .executeTakeFirstOrThrow();
    await db.owner.updateTable("offers").set({ status: "accepted" }).where("id", "=", offer.id).execute();
    await db.owner.updateTable("placement_requests").set({ status: "accepted" }).where("id", "=", offer.request_id).execute();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        withTenant(db.app, fixture.scope, (tx) =>
          startPlacement(tx, fixture.scope, fixture.regionId, offer.request_id, {
            startsOn: "2026-12-01",
            plannedEndOn: null,
            crisisCapEndsOn: null,
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.owner.selectFrom("placements").select("id").where("request_id", "=", offer.request_id).execute()).toHaveLength(1);
  });
});
