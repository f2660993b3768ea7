import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, enqueueEmail, withTenant } from "@jeugdregie/db";
import { SYSTEM_USER_ID } from "@jeugdregie/domain";
import { processEmail, processStaleCapacityReminders, relayOutbox, smtpTransport, type MailRelay } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, testCrypto } from "./helpers/api.ts";
import { TestSmtpServer } from "./helpers/smtp.ts";

/*
 * The outbox relay against a real SMTP server: a refused attempt is retried later, a message
 * that keeps being refused is dead after the maximum, two relays never send one message twice,
 * mail written without any job still goes out, and the platform admin sees what did not go out
 * (never its body) and can send it again.
 */
let db: TestDatabase;
const smtp = new TestSmtpServer();
let relay: MailRelay;
const platform = { userId: SYSTEM_USER_ID, role: "platform_admin" as const, regionId: null, providerId: null, supraRegionId: null };

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  await smtp.start();
  relay = {
    transport: smtpTransport(smtp.url, "Jeugdregie <noreply@jeugdregie.test>"),
    cipher: testCrypto,
    policy: { baseDelayMs: 60_000, maxDelayMs: 3_600_000, maxAttempts: 3 },
  };
});
afterAll(async () => {
  await smtp.stop();
  await db.drop();
});

const write = (recipient: string, subject = "Bericht", body = "Inhoud van het bericht") =>
  withTenant(db.app, platform, (tx) => enqueueEmail(tx, testCrypto, { regionId: null, recipient, subject, body }));
const row = (id: string) =>
  db.owner
    .selectFrom("outbox")
    .select(["status", "attempts", "last_error", "next_attempt_at"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
/** The retry delay is a minute here: make a waiting message due now instead of waiting for it. */
const makeDue = (id: string) =>
  db.owner
    .updateTable("outbox")
    .set({ next_attempt_at: new Date(Date.now() - 1) })
    .where("id", "=", id)
    .execute();

describe("the mail relay", () => {
  it("retries a message the server refused once, later, and delivers it once", async () => {
    const seen = new Set<string>();
    smtp.accepts = (to) => (to === "eenmaal@example.nl" && !seen.has(to) ? (seen.add(to), "later") : "accept");
    const id = await write("eenmaal@example.nl");
    expect(await relayOutbox(db.app, relay)).toMatchObject({ sent: 0, failed: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed.last_error).toMatch(/451|Try again later/);
    expect(failed.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 50_000);
    // Not due yet: neither the periodic pass nor a nudge sends it before its time.
    expect(await relayOutbox(db.app, relay)).toMatchObject({ sent: 0, failed: 0 });
    expect(await processEmail(db.app, id, relay.transport, testCrypto, relay.policy)).toBe("gone");

    await makeDue(id);
    expect(await relayOutbox(db.app, relay)).toMatchObject({ sent: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, last_error: null });
    expect(smtp.deliveriesTo("eenmaal@example.nl")).toBe(1);
  });

  it("gives a message up as dead after the maximum number of attempts, with the last error", async () => {
    smtp.accepts = (to) => (to === "weigert@example.nl" ? "never" : "accept");
    const id = await write("weigert@example.nl", "Wordt geweigerd");
    const outcomes: string[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await makeDue(id);
      const counts = await relayOutbox(db.app, relay);
      outcomes.push(counts.dead ? "dead" : counts.failed ? "failed" : "none");
    }
    expect(outcomes).toEqual(["failed", "failed", "dead"]);
    const dead = await row(id);
    expect(dead).toMatchObject({ status: "dead", attempts: 3 });
    expect(dead.last_error).toMatch(/550|Mailbox unavailable/);
    await makeDue(id);
    expect(await relayOutbox(db.app, relay)).toMatchObject({ sent: 0, failed: 0, dead: 0 });
    expect(smtp.deliveriesTo("weigert@example.nl")).toBe(0);
  });

  it("never sends one message twice, however many relays run at once", async () => {
    smtp.accepts = () => "accept";
    const recipients = Array.from({ length: 30 }, (_, i) => `samen.${i}@example.nl`);
    for (const r of recipients) await write(r);
    const passes = await Promise.all(Array.from({ length: 4 }, () => relayOutbox(db.app, relay)));
    expect(passes.reduce((sum, p) => sum + p.sent, 0)).toBe(30);
    expect(recipients.map((r) => smtp.deliveriesTo(r))).toEqual(recipients.map(() => 1));
    console.info(`Mail relay: 30 messages, 4 relays at once, ${passes.map((p) => p.sent).join("+")} sent, each delivered once`);
  });

  it("sends mail that was written without any job, such as the stale-capacity reminders", async () => {
    await db.owner
      .updateTable("locations")
      .set({ capacity_confirmed_at: new Date(Date.now() - 30 * 86_400_000) })
      .execute();
    const reminded = await processStaleCapacityReminders(db.app, testCrypto);
    expect(reminded.length).toBeGreaterThan(0);
    await relayOutbox(db.app, relay);
    expect(reminded.map((r) => smtp.deliveriesTo(r))).toEqual(reminded.map(() => 1));
    expect(smtp.received.find((m) => m.to === reminded[0])!.subject).toMatch(/Bevestig de capaciteit/);
  });
});

describe("the platform admin's mail page", () => {
  async function signIn(email: string) {
    const session = new ApiSession(apiDeps(db.app));
    await session.login(email, DEMO_PASSWORD);
    return (await session.caller()).caller;
  }

  it("shows what did not go out without its body, and sends a dead message again on request", async () => {
    const admin = await signIn("platform@jeugdregie.demo");
    const body = "Geheime inhoud met een uitnodigingslink";
    smtp.accepts = (to) => (to === "later-goed@example.nl" ? "never" : "accept");
    const id = await write("later-goed@example.nl", "Uitnodiging voor Jeugdregie", body);
    for (let i = 0; i < 3; i++) {
      await makeDue(id);
      await relayOutbox(db.app, relay);
    }
    const page = await admin.system.mail();
    const shown = page.items.find((m) => m.id === id)!;
    expect(shown).toMatchObject({
      recipient: "later-goed@example.nl",
      subject: "Uitnodiging voor Jeugdregie",
      status: "dead",
      attempts: 3,
    });
    expect(shown.lastError).toMatch(/550/);
    expect(page.counts.dead).toBeGreaterThanOrEqual(1);
    const answer = JSON.stringify(page);
    expect(answer).not.toContain(body);
    expect(answer).not.toContain("v1:");

    const refused = async (promise: Promise<unknown>) => ((await promise.catch((e: unknown) => e)) as TRPCError).code;
    for (const email of ["beheer.haaglanden@jeugdregie.demo", "coordinator.haaglanden@jeugdregie.demo", "aanbieder@jeugdregie.demo"]) {
      const other = await signIn(email);
      expect(await refused(other.system.mail()), email).toBe("FORBIDDEN");
      expect(await refused(other.system.retryMail({ outboxMessageId: id })), email).toBe("FORBIDDEN");
    }

    smtp.accepts = () => "accept";
    expect(await admin.system.retryMail({ outboxMessageId: id })).toEqual({ ok: true });
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 0 });
    expect(await relayOutbox(db.app, relay)).toMatchObject({ sent: 1 });
    expect(smtp.deliveriesTo("later-goed@example.nl")).toBe(1);
    expect(smtp.received.find((m) => m.to === "later-goed@example.nl")!.text).toContain(body);
    // Sent: nothing to retry any more.
    expect(await refused(admin.system.retryMail({ outboxMessageId: id }))).toBe("NOT_FOUND");
    expect((await admin.system.mail()).items.some((m) => m.id === id)).toBe(false);
  });
});
