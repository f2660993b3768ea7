import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSyntheticCountry } from "@jeugdregie/db";
import { testCrypto } from "./helpers/api.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

// The national-scale load path (`trustReferences`: foreign-key triggers off while writing the
// history) must write the same valid references and hand its connection back in the normal mode.
describe("loading the synthetic country with trusted references", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.drop());

  it("writes a history whose references hold and leaves no connection in replica mode", { timeout: 120_000 }, async () => {
    const load = await loadSyntheticCountry(db.owner, {
      seed: 5,
      scale: 0.005,
      days: 200,
      now: new Date(),
      cipher: testCrypto,
      passwordHash: "not-used",
      trustReferences: true,
    });
    expect(load.history.offers).toBeGreaterThan(0);

    const { rows } = await sql<{ orphans: number }>`
      select (select count(*) from offers o where not exists (select 1 from placement_requests r where r.region_id = o.region_id and r.id = o.request_id))
           + (select count(*) from placements p where not exists (select 1 from offers o where o.region_id = p.region_id and o.id = p.offer_id))
           + (select count(*) from placement_requests r where not exists (select 1 from children c where c.region_id = r.region_id and c.id = r.child_id))
           + (select count(*) from offers o where not exists (select 1 from locations l where l.region_id = o.location_region_id and l.id = o.location_id))
           as orphans`.execute(db.owner);
    expect(Number(rows[0]!.orphans), "rows pointing at nothing").toBe(0);

    // Every pooled connection answers in the normal mode, so later writes are checked again.
    const modes = await Promise.all(
      Array.from({ length: 5 }, () =>
        db.owner
          .connection()
          .execute(async (c) => (await sql<{ m: string }>`select current_setting('session_replication_role') as m`.execute(c)).rows[0]!.m),
      ),
    );
    expect(new Set(modes)).toEqual(new Set(["origin"]));
  });
});
