import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DB } from "@jeugdregie/db";
import { expireRegionOffers, sweepOverdueOffers, sweepOverdueOffersOnce } from "@jeugdregie/jobs";
import { RecordingJobQueue } from "./helpers/api.ts";
import { coordinatorWith, expiriesApplied, offerRows, requestsInMatching, sendBestOffer, setDeadlines } from "./helpers/faults.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

/*
 * Offer expiry in batches (issue 12): a region's overdue offers expire together in one transaction
 * of a few statements, however many there are; runs racing each other expire each offer once; an
 * offer a provider is answering at that moment is skipped, not waited for, and expires next time.
 */
let db: TestDatabase;
let regionId: string;
let offerIds: string[];

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  const coordinator = await coordinatorWith(db, new RecordingJobQueue());
  const offers = [];
  for (const requestId of await requestsInMatching(db, 6)) offers.push(await sendBestOffer(coordinator, requestId));
  offerIds = offers.map((o) => o.id);
  regionId = (await db.owner.selectFrom("offers").select("region_id").where("id", "=", offerIds[0]!).executeTakeFirstOrThrow()).region_id;
});
afterAll(async () => {
  await db?.drop();
});

it("expires a region's overdue offers in one transaction of a fixed number of statements", async () => {
  const [later, ...overdue] = offerIds;
  await setDeadlines(db, overdue, new Date(Date.now() - 1000));
  const statements: string[] = [];
  const pool = new pg.Pool({ connectionString: db.appUrl, max: 2 });
  const logged = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: (e) => void statements.push(e.query.sql) });
  try {
    const expired = await expireRegionOffers(logged, regionId);
    expect(expired.map((e) => e.offerId).sort()).toEqual([...overdue].sort());
  } finally {
    await logged.destroy();
  }
  // begin, scope, lock offers, lock requests, update offers, update requests, audit, commit: the
  // same eight for 5 offers as for 1 (one transaction per offer would be 5 x 9).
  expect(statements.length).toBeLessThanOrEqual(8);
  const rows = await offerRows(db, offerIds);
  expect(rows.find((o) => o.id === later)!.status).toBe("open");
  for (const o of rows.filter((r) => r.id !== later)) {
    expect(o.status).toBe("expired");
    expect(o.request_status).toBe("matching");
  }
  expect(await expiriesApplied(db, overdue)).toEqual(overdue.map(() => 1));
  // The audit chain stays whole: every entry of the batch linked to the one before it.
  const broken = await sql<{ n: string }>`
    select count(*) as n from audit_log a join audit_log b on b.region_id = a.region_id and b.chain_seq = a.chain_seq - 1
    where a.region_id = ${regionId} and a.prev_hash <> b.hash`.execute(db.owner);
  expect(Number(broken.rows[0]!.n)).toBe(0);
});

it("expires each offer once when runs race, and skips an offer a provider is answering until it is free", async () => {
  const [answering, ...others] = await arrangeOverdue(5);
  const owner = new pg.Client({ connectionString: db.ownerUrl });
  await owner.connect();
  try {
    // A provider's answer holds the offer's row lock at this moment.
    await owner.query("begin");
    await owner.query("select id from offers where id = $1 for update", [answering]);
    const runs = await Promise.all([
      expireRegionOffers(db.app, regionId),
      expireRegionOffers(db.app, regionId),
      sweepOverdueOffers(db.app),
    ]);
    const expired = runs.flat().map((e) => e.offerId);
    expect(expired.sort()).toEqual([...others].sort());
    await owner.query("rollback");
  } finally {
    await owner.end();
  }
  expect(await expiriesApplied(db, others)).toEqual(others.map(() => 1));
  expect((await expireRegionOffers(db.app, regionId)).map((e) => e.offerId)).toEqual([answering]);
  expect(await expiriesApplied(db, [answering!])).toEqual([1]);
});

it("runs one sweep at a time: timers firing during a sweep share one more sweep after it", async () => {
  const overdue = await arrangeOverdue(3);
  const statements: string[] = [];
  const pool = new pg.Pool({ connectionString: db.appUrl, max: 4 });
  const logged = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: (e) => void statements.push(e.query.sql) });
  try {
    const results = await Promise.all(Array.from({ length: 6 }, () => sweepOverdueOffersOnce(logged)));
    expect(results[0]!.map((e) => e.offerId).sort()).toEqual([...overdue].sort());
    // The five timers that fired during the first sweep shared the second, which found nothing left.
    for (const later of results.slice(1)) expect(later).toEqual([]);
    expect(statements.filter((s) => s.includes("app.open_offer_deadlines")).length).toBe(2);
  } finally {
    await logged.destroy();
  }
  expect(await expiriesApplied(db, overdue)).toEqual(overdue.map(() => 1));
});

/** Fresh offers of the region, all past their deadline. */
async function arrangeOverdue(count: number) {
  const coordinator = await coordinatorWith(db, new RecordingJobQueue());
  const ids = [];
  for (const requestId of await requestsInMatching(db, count)) ids.push((await sendBestOffer(coordinator, requestId)).id);
  await setDeadlines(db, ids, new Date(Date.now() - 1000));
  return ids;
}
