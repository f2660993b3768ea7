import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, enqueueEmail, withMailRelay, withTenant } from "@jeugdregie/db";
import type { TenantScope } from "@jeugdregie/domain";
import { processEmail, type EmailTransport } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue, testCrypto } from "./helpers/api.ts";
import { demoEmails, demoScope } from "./helpers/demo-scopes.ts";

/*
 * The e-mail outbox is tenant data like any other: row-level security scopes writes to the
 * writer's own tenant, only the mail relay (and the platform admin, read-only) reads it, and an
 * invitation's token never sits in it in clear: the body is encrypted until the relay sends it.
 */
let db: TestDatabase;
const jobs = new RecordingJobQueue();
const invited: { url: string; outboxId: string }[] = [];
let haaglanden = "";
let twente = "";

async function signIn(email: string) {
  const session = new ApiSession(apiDeps(db.app, jobs));
  await session.login(email, DEMO_PASSWORD);
  return (await session.caller()).caller;
}
const lastOutboxId = () => (jobs.enqueued.filter((j) => j.name === "send-email").at(-1)!.payload as { outboxId: string }).outboxId;

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  const regions = await db.owner.selectFrom("regions").select(["id", "code"]).execute();
  haaglanden = regions.find((r) => r.code === "haaglanden")!.id;
  twente = regions.find((r) => r.code === "twente")!.id;

  const platform = await signIn("platform@jeugdregie.demo");
  const tenant = await platform.tenants.create({ name: "Utrecht West", code: "utrecht-west", adminEmail: "beheer@utrechtwest.example" });
  invited.push({ url: tenant.invitationUrl, outboxId: lastOutboxId() });
  const admin = await signIn("beheer.haaglanden@jeugdregie.demo");
  const user = await admin.onboarding.users.invite({ email: "nieuwe.verwijzer@haaglanden.example", role: "referrer" });
  invited.push({ url: user.invitationUrl, outboxId: lastOutboxId() });
});
afterAll(() => db.drop());

const tokenOf = (url: string) => url.split("/uitnodiging/")[1]!;

describe("the e-mail outbox", () => {
  it("keeps no invitation token in clear in any column of any row", async () => {
    const { rows } = await sql<Record<string, unknown>>`select * from outbox`.execute(db.owner);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const { url } of invited) {
      expect(tokenOf(url)).toMatch(/^[\w-]{43}$/);
      expect(JSON.stringify(rows)).not.toContain(tokenOf(url));
    }
  });

  it("is sent by the relay with the body decrypted", async () => {
    const sent: { to: string; subject: string; text: string }[] = [];
    const transport: EmailTransport = { send: async (m) => void sent.push(m) };
    for (const { outboxId } of invited) expect(await processEmail(db.app, outboxId, transport, testCrypto)).toBe("sent");
    expect(sent.map((m) => m.to)).toEqual(["beheer@utrechtwest.example", "nieuwe.verwijzer@haaglanden.example"]);
    expect(sent[0]!.text).toContain(invited[0]!.url);
    expect(sent[1]!.text).toContain(invited[1]!.url);
    expect(await processEmail(db.app, invited[0]!.outboxId, transport, testCrypto)).toBe("gone");
  });

  it("is read by no scope but the relay and the platform admin", async () => {
    for (const email of demoEmails()) {
      const scope = await demoScope(db.app, email);
      const rows = await withTenant(db.app, scope, async (tx) => (await sql`select * from outbox`.execute(tx)).rows);
      if (scope.role === "platform_admin") expect(rows.length, email).toBeGreaterThanOrEqual(2);
      else expect(rows, email).toEqual([]);
    }
    const anonymous = await db.app.transaction().execute(async (tx) => (await sql`select * from outbox`.execute(tx)).rows);
    expect(anonymous).toEqual([]);
    const relay = await withMailRelay(db.app, async (tx) => (await sql`select id from outbox`.execute(tx)).rows);
    expect(relay.length).toBeGreaterThanOrEqual(2);
  });

  it("lets each sender write only where it sends mail", async () => {
    const write = (scope: TenantScope, regionId: string | null) =>
      withTenant(db.app, scope, (tx) =>
        enqueueEmail(tx, testCrypto, { regionId, recipient: "x@example.nl", subject: "s", body: "b" }),
      ).then(
        () => "written",
        (error: Error) => (/row-level security/.test(error.message) ? "refused" : error.message),
      );
    const coordinator = await demoScope(db.app, "coordinator.haaglanden@jeugdregie.demo");
    const supra = await demoScope(db.app, "bovenregionaal@jeugdregie.demo");
    const provider = await demoScope(db.app, "aanbieder@jeugdregie.demo");
    const platform = await demoScope(db.app, "platform@jeugdregie.demo");
    expect(await write(coordinator, haaglanden)).toBe("written");
    // Another region only as the other party of a capacity negotiation (none here).
    expect(await write(coordinator, twente)).toBe("refused");
    expect(await write(coordinator, null)).toBe("refused");
    expect(await write(supra, twente)).toBe("written");
    expect(await write(supra, haaglanden)).toBe("refused");
    expect(await write(provider, haaglanden)).toBe("refused");
    expect(await write(provider, null)).toBe("refused");
    expect(await write(platform, null)).toBe("written");
  });

  it("refuses a region scope writing into another region's outbox or changing a status", async () => {
    // The strongest region scope of region B (its admin) may not write region A's mail.
    const twenteAdmin = { ...(await demoScope(db.app, "coordinator.twente@jeugdregie.demo")), role: "region_admin" as const };
    expect(twenteAdmin.regionId).toBe(twente);
    await expect(
      withTenant(db.app, twenteAdmin, (tx) =>
        tx
          .insertInto("outbox")
          .values({ region_id: haaglanden, kind: "email", recipient: "x@example.nl", subject: "s", body: "b" })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);

    for (const email of ["beheer.haaglanden@jeugdregie.demo", "platform@jeugdregie.demo"]) {
      const scope = await demoScope(db.app, email);
      const changed = await withTenant(db.app, scope, (tx) => tx.updateTable("outbox").set({ status: "pending" }).executeTakeFirst());
      expect(Number(changed.numUpdatedRows), email).toBe(0);
    }
    // Not even the relay rewrites a message: it may only mark it.
    await expect(withMailRelay(db.app, (tx) => tx.updateTable("outbox").set({ body: "overwritten" }).execute())).rejects.toThrow(
      /permission denied/,
    );
    const bodies = await db.owner.selectFrom("outbox").select("body").execute();
    expect(bodies.every((b) => b.body.startsWith("v1:"))).toBe(true);
  });
});
