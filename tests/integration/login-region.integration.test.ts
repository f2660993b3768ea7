import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps } from "./helpers/api.ts";

/*
 * A coordinator of two regions (the demo's Gijs: Centraal Gelderland and Rijk van Nijmegen) must
 * start in the same region at every login. The demo seed gives both memberships one created_at
 * (one transaction), so ordering by it alone left the choice to the order PostgreSQL happened to
 * read the rows in; the browser test then sometimes saw Nijmegen's dashboard (0 negotiations).
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(() => db.drop());

describe("the region a multi-region user starts in", () => {
  it("does not depend on the physical order of the membership rows", async () => {
    const gijs = sql<{ id: string; name: string }>`
      select m.id, r.name from memberships m join users u on u.id = m.user_id join regions r on r.id = m.region_id
      where u.email = 'coordinator.gelderland@jeugdregie.demo'`;
    const rows = (await gijs.execute(db.owner)).rows;
    expect(rows.map((r) => r.name).sort()).toEqual(["Centraal Gelderland (Arnhem)", "Rijk van Nijmegen"]);
    await sql`update memberships set created_at = '2026-01-01T00:00:00Z' where id in (${sql.join(rows.map((r) => r.id))})`.execute(
      db.owner,
    );

    const starts: string[] = [];
    for (const last of ["Centraal Gelderland (Arnhem)", "Rijk van Nijmegen"]) {
      // written anew, the row (and its index entry) comes last: now this one is read last
      const id = rows.find((r) => r.name === last)!.id;
      await sql`with gone as (delete from memberships where id = ${id} returning *)
        insert into memberships (user_id, role, region_id, created_at) select user_id, role, region_id, created_at from gone`.execute(
        db.owner,
      );
      await sql`vacuum analyze memberships`.execute(db.owner);
      rows.find((r) => r.name === last)!.id = (
        await sql<{ id: string }>`select m.id from memberships m join regions r on r.id = m.region_id
          join users u on u.id = m.user_id where u.email = 'coordinator.gelderland@jeugdregie.demo' and r.name = ${last}`.execute(db.owner)
      ).rows[0]!.id;
      const session = new ApiSession(apiDeps(db.app));
      await session.login("coordinator.gelderland@jeugdregie.demo", DEMO_PASSWORD);
      starts.push((await (await session.caller()).caller.me()).organisationName);
    }
    expect(starts).toEqual(["Centraal Gelderland (Arnhem)", "Centraal Gelderland (Arnhem)"]);
  });
});
