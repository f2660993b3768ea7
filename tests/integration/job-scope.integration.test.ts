import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRegionIds, notify } from "@jeugdregie/db";
import { systemScopeFor } from "@jeugdregie/domain";
import { inScope } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { arrangeTwoTenants } from "./helpers/fixtures.ts";

/** Jobs open their tenant transactions through inScope, the worker's counterpart of the API's middleware. */
let db: TestDatabase;
let regionA: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ({ regionA } = await arrangeTwoTenants(db.owner));
});
afterAll(() => db.drop());

const messagesOf = async (message: string) =>
  (await db.owner.selectFrom("notifications").select("message").where("message", "=", message).execute()).map((n) => n.message);

describe("inScope", () => {
  it("applies the scope: row-level security shows the region's rows only", async () => {
    expect(await inScope(db.app, systemScopeFor(regionA), (tx) => allRegionIds(tx))).toEqual([regionA]);
  });

  it("runs afterCommit work once the transaction has committed, when others see its writes", async () => {
    let seenInside: string[] | undefined;
    let seenAfter: string[] | undefined;
    await inScope(db.app, systemScopeFor(regionA), async (tx, afterCommit) => {
      await notify(tx, regionA, { kind: "stale_capacity", requestId: null, message: "na de commit" });
      afterCommit(async () => {
        seenAfter = await messagesOf("na de commit");
      });
      seenInside = seenAfter;
    });
    expect(seenInside).toBeUndefined();
    expect(seenAfter).toEqual(["na de commit"]);
  });

  it("drops afterCommit work and the writes when the transaction rolls back", async () => {
    let ran = false;
    const failed = inScope(db.app, systemScopeFor(regionA), async (tx, afterCommit) => {
      await notify(tx, regionA, { kind: "stale_capacity", requestId: null, message: "teruggedraaid" });
      afterCommit(async () => {
        ran = true;
      });
      throw new Error("the job failed");
    });
    await expect(failed).rejects.toThrow("the job failed");
    expect(ran).toBe(false);
    expect(await messagesOf("teruggedraaid")).toEqual([]);
  });
});
