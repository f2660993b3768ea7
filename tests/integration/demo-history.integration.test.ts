import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoHistory } from "@jeugdregie/db";
import { ApiSession, apiDeps, testCrypto } from "./helpers/api.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

// The synthetic history around the demo seed: the demo's own rows stay as seeded, the history
// obeys the database's rules (one active request per child, one open offer, constraints), and
// the coordinator works with it through the API.
describe("a simulated history around the demo", () => {
  let db: TestDatabase;
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        (["regions", "providers", "locations", "contracts", "users", "memberships"] as const).map(
          async (table) =>
            [
              table,
              Number(
                (
                  await db.owner
                    .selectFrom(table)
                    .select((eb) => eb.fn.countAll<string>().as("n"))
                    .executeTakeFirstOrThrow()
                ).n,
              ),
            ] as const,
        ),
      ),
    );

  beforeAll(async () => {
    db = await createTestDatabase({ seedDemo: true });
  });
  afterAll(async () => db?.drop());

  it("adds requests, offers and placements without touching the demo anchors, once", async () => {
    const before = await counts();
    const written = await seedDemoHistory(db.owner, testCrypto, { seed: 2026, now: new Date(), days: 365 });
    expect(written!.requests).toBeGreaterThan(50);
    expect(written!.placements).toBeGreaterThan(20);
    expect(await counts()).toEqual(before);
    expect(await seedDemoHistory(db.owner, testCrypto, { seed: 2026, now: new Date(), days: 365 })).toBeNull();
  });

  it("is work a coordinator can pick up: the queue lists it, matching ranks places for a waiting child", async () => {
    const session = new ApiSession(apiDeps(db.app));
    await session.login("coordinator.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
    const { caller } = await session.caller();
    const queue = (await caller.placement.queue()).items;
    expect(queue.length).toBeGreaterThan(0);
    const detail = await caller.placement.get({ requestId: queue[0]!.id });
    expect(detail.bsnMasked).toMatch(/^\*{5}\d{4}$/);
    const open = queue.find((r) => r.status === "waiting" || r.status === "matching") ?? queue[0]!;
    const proposals = await caller.placement.proposals({ requestId: open.id });
    expect(proposals.matches.length + proposals.excluded.length).toBeGreaterThan(0);
  });
});
