import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { IMPORT_COLUMNS } from "@jeugdregie/domain";
import { createJobQueue, createProducerConnection, type JobQueue } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps } from "./helpers/api.ts";
import { requestsInMatching, sendBestOffer } from "./helpers/faults.ts";

/*
 * Redis unreachable from the web server: every request answers within seconds. Where the database
 * already holds the truth of the job (an offer's deadline, an e-mail in the outbox) the request
 * succeeds and the worker catches up; an import, which only the queue would start, is refused
 * with a clear Dutch message and ends visibly instead of waiting forever.
 */
let db: TestDatabase;
let producer: ReturnType<typeof createProducerConnection>;
let jobs: JobQueue;

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  producer = createProducerConnection("redis://127.0.0.1:1");
  jobs = createJobQueue(producer);
});
afterAll(async () => {
  producer.disconnect();
  await db.drop();
});

async function signIn(email: string) {
  const session = new ApiSession(apiDeps(db.app, jobs));
  await session.login(email, DEMO_PASSWORD);
  return (await session.caller()).caller;
}

async function timed<T>(promise: Promise<T>) {
  const started = Date.now();
  const outcome = await promise.then(
    (value) => ({ value, error: null }),
    (error: TRPCError) => ({ value: null, error }),
  );
  return { ...outcome, ms: Date.now() - started };
}

describe("with Redis unreachable", () => {
  it("sends an offer within seconds: its deadline is in the database", async () => {
    const coordinator = await signIn("coordinator.haaglanden@jeugdregie.demo");
    const [requestId] = await requestsInMatching(db, 1);
    const sent = await timed(sendBestOffer(coordinator, requestId!));
    expect(sent.error).toBeNull();
    expect(sent.ms).toBeLessThan(5000);
    const offer = await db.owner
      .selectFrom("offers")
      .select(["status", "deadline_at"])
      .where("id", "=", sent.value!.id)
      .executeTakeFirstOrThrow();
    expect(offer.status).toBe("open");
    expect(offer.deadline_at.getTime()).toBeGreaterThan(Date.now());
  });

  it("invites within seconds: the e-mail waits in the outbox for the relay", async () => {
    const admin = await signIn("beheer.haaglanden@jeugdregie.demo");
    const invited = await timed(admin.onboarding.users.invite({ email: "wacht.op.redis@haaglanden.example", role: "referrer" }));
    expect(invited.error).toBeNull();
    expect(invited.ms).toBeLessThan(5000);
    const mail = await db.owner
      .selectFrom("outbox")
      .select("status")
      .where("recipient", "=", "wacht.op.redis@haaglanden.example")
      .executeTakeFirst();
    expect(mail?.status).toBe("pending");
  });

  it("refuses an import within seconds with a clear message, and the import ends visibly", async () => {
    const admin = await signIn("beheer.haaglanden@jeugdregie.demo");
    const content = [IMPORT_COLUMNS.providers.join(";"), "Wachtende Zorg;66600009;"].join("\n");
    const started = await timed(admin.imports.start({ kind: "providers", filename: "aanbieders.csv", content }));
    expect(started.ms).toBeLessThan(5000);
    expect(started.error?.code).toBe("SERVICE_UNAVAILABLE");
    expect(started.error?.message).toBe("De achtergrondverwerking is even niet bereikbaar. Probeer het over een minuut opnieuw.");
    const [latest] = (await admin.imports.list()).items;
    expect(latest).toMatchObject({ filename: "aanbieders.csv", status: "failed" });
    console.info(`Queue down: offer sent, invitation written to the outbox, import refused in ${started.ms} ms`);
  });
});
