import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

/**
 * An audit write finds its chain's previous entry through an index, never by scanning the log: the
 * log only grows (every read of child data adds to it), and a scan per insert made each write
 * linear in the whole history. Seq scans are switched off for the session, so one counted on
 * audit_log means the lookup could not use an index at all.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(async () => db?.drop());

it("chains an audit entry, of a region and of the platform, without scanning the audit log", async () => {
  const region = await db.owner.selectFrom("regions").select("id").limit(1).executeTakeFirstOrThrow();
  const seqScans = await db.owner.connection().execute(async (conn) => {
    await sql`set enable_seqscan = off`.execute(conn);
    const count = async () => {
      await sql`select pg_stat_force_next_flush()`.execute(conn);
      const { rows } = await sql<{ n: string }>`select seq_scan::text as n from pg_stat_user_tables where relname = 'audit_log'`.execute(
        conn,
      );
      return Number(rows[0]!.n);
    };
    const before = await count();
    for (const regionId of [region.id, null, region.id, null])
      await sql`insert into audit_log (region_id, role, action, entity, details) values (${regionId}, 'system', 'read', 'probe', '{}')`.execute(
        conn,
      );
    return (await count()) - before;
  });
  expect(seqScans).toBe(0);
  const chained = await db.owner
    .selectFrom("audit_log")
    .select(["region_id", "chain_seq", "prev_hash", "hash"])
    .where("entity", "=", "probe")
    .orderBy("id")
    .execute();
  // Each entry continues its own chain: the second of a region follows the first.
  expect(chained[2]!.prev_hash).toBe(chained[0]!.hash);
  expect(chained[3]!.prev_hash).toBe(chained[1]!.hash);
  expect(Number(chained[2]!.chain_seq)).toBe(Number(chained[0]!.chain_seq) + 1);
});
