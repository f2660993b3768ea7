import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD, withTenant } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps } from "./helpers/api.ts";
import { arrangeRequests } from "./helpers/placement-fixtures.ts";

/*
 * Issue 12: the board under RLS showed only placements at locations the region can still see. A
 * child of Haaglanden placed at a Twente location that is not (or no longer) pooled with it is
 * still Haaglanden's placement and must stay on its board.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(async () => db?.drop());

it("lists every placement of the region, also at another region's location it cannot see", async () => {
  const { regionId, requestIds, scope } = await arrangeRequests(db.owner, "haaglanden", 1, "placed");
  const requestId = requestIds[0]!;
  const twente = await db.owner.selectFrom("regions").select("id").where("code", "=", "twente").executeTakeFirstOrThrow();
  const elsewhere = await db.owner
    .selectFrom("locations")
    .select(["region_id", "id", "provider_id"])
    .where("region_id", "=", twente.id)
    .where(sql<boolean>`not ('jeugdzorgplus' = any(care_types))`)
    .orderBy("id")
    .executeTakeFirstOrThrow();
  // Precondition: Haaglanden's coordinator does not see that location.
  const seen = await withTenant(db.app, scope, (tx) => tx.selectFrom("locations").select("id").where("id", "=", elsewhere.id).execute());
  expect(seen).toEqual([]);

  const offer = await db.owner
    .insertInto("offers")
    .values({
      region_id: regionId,
      request_id: requestId,
      location_region_id: elsewhere.region_id,
      location_id: elsewhere.id,
      provider_id: elsewhere.provider_id,
      status: "accepted",
      deadline_at: new Date(Date.now() - 86_400_000),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const placement = await db.owner
    .insertInto("placements")
    .values({
      region_id: regionId,
      request_id: requestId,
      offer_id: offer.id,
      location_region_id: elsewhere.region_id,
      location_id: elsewhere.id,
      provider_id: elsewhere.provider_id,
      starts_on: "2026-01-05",
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  const session = new ApiSession(apiDeps(db.app));
  await session.login("coordinator.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
  const board = await (await session.caller()).caller.placement.board({ limit: 100 });
  const row = board.items.find((p) => p.id === placement.id);
  expect(row, "de plaatsing buiten de regio staat op het bord").toBeDefined();
  expect(row!.location_name).toBe("locatie in een andere regio");
  // The rest of the board is unchanged: every placement of the region, as the owner counts them.
  const all = await db.owner
    .selectFrom("placements")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("region_id", "=", regionId)
    .executeTakeFirstOrThrow();
  expect(board.items).toHaveLength(Number(all.n));
});
