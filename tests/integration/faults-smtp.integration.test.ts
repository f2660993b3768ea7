import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD, enqueueEmail, withTenant } from "@jeugdregie/db";
import { SYSTEM_USER_ID } from "@jeugdregie/domain";
import { createJobQueue, createProducerConnection, type JobQueue } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, testCrypto } from "./helpers/api.ts";
import { startOwnRedis, startWorker } from "./helpers/faults.ts";
import { waitUntil, type Spawned } from "./helpers/processes.ts";
import { TestSmtpServer } from "./helpers/smtp.ts";

/*
 * The SMTP server refuses everything for a while, then recovers. Mail written with a nudge (an
 * invitation) and without one (a reminder written by a scheduled check) is retried by the
 * worker's relay with growing delays and, once the server is back, delivered exactly once.
 */
let db: TestDatabase;
let own: Awaited<ReturnType<typeof startOwnRedis>>;
let producer: ReturnType<typeof createProducerConnection>;
let jobs: JobQueue;
let worker: Spawned;
const smtp = new TestSmtpServer();

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  own = await startOwnRedis("fault-smtp");
  producer = createProducerConnection(own.url);
  jobs = createJobQueue(producer);
  await smtp.start();
  smtp.accepts = () => "later";
  worker = startWorker(db, own.url, {
    SMTP_URL: smtp.url,
    OUTBOX_RELAY_EVERY_MS: "300",
    OUTBOX_RETRY_BASE_MS: "200",
    OUTBOX_MAX_ATTEMPTS: "20",
  });
  await worker.waitForOutput(/\[worker\] ready/, 30_000);
});
afterAll(async () => {
  worker?.child.kill("SIGTERM");
  await worker?.exited;
  await jobs?.close();
  producer?.disconnect();
  await own?.stop();
  await smtp.stop();
  await db?.drop();
});

it("delivers every message exactly once when SMTP fails for a while and recovers", async () => {
  const session = new ApiSession(apiDeps(db.app, jobs));
  await session.login("beheer.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
  const admin = (await session.caller()).caller;
  const invited = ["een", "twee", "drie"].map((n) => `verwijzer.${n}@haaglanden.example`);
  for (const email of invited) await admin.onboarding.users.invite({ email, role: "referrer" });
  const platform = { userId: SYSTEM_USER_ID, role: "platform_admin" as const, regionId: null, providerId: null, supraRegionId: null };
  const reminded = ["vier", "vijf", "zes"].map((n) => `aanbieder.${n}@example.nl`);
  for (const recipient of reminded)
    await withTenant(db.app, platform, (tx) =>
      enqueueEmail(tx, testCrypto, { regionId: null, recipient, subject: "Bevestig de capaciteit", body: "Herinnering" }),
    );
  const everyone = [...invited, ...reminded];
  const outbox = () =>
    db.owner.selectFrom("outbox").select(["recipient", "status", "attempts"]).where("recipient", "in", everyone).execute();

  // The outage: every message is tried, refused, and scheduled again (more than once).
  expect(await waitUntil(async () => (await outbox()).every((m) => m.status === "failed" && m.attempts >= 2), 20_000)).toBe(true);
  expect(smtp.received).toEqual([]);

  smtp.accepts = () => "accept";
  expect(await waitUntil(async () => (await outbox()).every((m) => m.status === "sent"), 20_000)).toBe(true);
  const final = await outbox();
  expect(everyone.map((r) => smtp.deliveriesTo(r))).toEqual(everyone.map(() => 1));
  // (The worker's own hourly check, run at its start, may have reminded the demo providers too.)
  const ours = smtp.received.filter((m) => everyone.includes(m.to));
  expect(ours).toHaveLength(everyone.length);
  expect(smtp.received.find((m) => m.to === invited[0])!.text).toContain("/uitnodiging/");

  console.info(
    `SMTP outage: ${everyone.length} messages (${invited.length} nudged, ${reminded.length} not), ${smtp.refused.length} refused attempts, ` +
      `${ours.length} deliveries, each message exactly once (attempts per message: ${final.map((m) => m.attempts).join(", ")})`,
  );
});
