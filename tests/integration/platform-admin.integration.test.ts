import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue, testCrypto } from "./helpers/api.ts";

/*
 * The platform admin's daily work (issue 10): each region's setup progress as the region really
 * is, accounts deactivated and reactivated, invitations sent again and revoked by whoever may invite.
 */
let db: TestDatabase;
const jobs = new RecordingJobQueue();
beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(() => db.drop());

const demo = (name: string) => `${name}@jeugdregie.demo`;
let addressCounter = 10;
async function signIn(name: string, password = DEMO_PASSWORD) {
  const session = new ApiSession(apiDeps(db.app, jobs), `198.51.100.${addressCounter++}`);
  await session.login(demo(name), password);
  return session;
}
const api = async (session: ApiSession) => (await session.caller()).caller;

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
}

async function mailsTo(recipient: string) {
  const rows = await db.owner
    .selectFrom("outbox")
    .select(["id", "body"])
    .where("recipient", "=", recipient)
    .orderBy("created_at")
    .execute();
  return rows.map((r) => testCrypto.decrypt(r.body));
}
const tokenIn = (mail: string) => /\/uitnodiging\/([\w-]+)/.exec(mail)?.[1];

describe("setup progress per region", () => {
  it("counts what each region holds, across regions, for the platform admin", async () => {
    const platform = await signIn("platform");
    const created = await (await api(platform)).tenants.create({ name: "Teststad", code: "teststad", adminEmail: "beheer@teststad.test" });
    // A region on its way: its municipalities chosen, nothing more yet.
    const half = await (await api(platform)).tenants.create({ name: "Halfweg", code: "halfweg", adminEmail: "beheer@halfweg.test" });
    const added = await sql`insert into municipalities (region_id, code, name)
      select ${half.region.id}::uuid, r.code, r.name from reference_municipalities r
      where not exists (select 1 from municipalities m where m.code = r.code) limit 1`.execute(db.owner);
    expect(Number(added.numAffectedRows)).toBe(1);
    const list = await (await api(platform)).tenants.list();
    const byCode = new Map(list.map((t) => [t.code, t.progress]));

    expect(byCode.get(created.region.code)).toMatchObject({ doneCount: 0, nextStep: "municipalities" });
    expect(byCode.get("halfweg")).toMatchObject({ doneCount: 1, nextStep: "settings" });
    // Seeded regions hold municipalities, settings, segments, contracts, locations and people: all steps done.
    const haaglanden = byCode.get("haaglanden")!;
    expect(haaglanden.steps.filter((s) => !s.done).map((s) => s.step)).toEqual([]);
    expect(haaglanden).toMatchObject({ doneCount: 7, percentage: 100, nextStep: null });
    expect(byCode.get("twente")!.doneCount).toBeGreaterThan(1);
    // Not every region is "1 step": the counts differ by what regions hold.
    expect(new Set(list.map((t) => t.progress.doneCount)).size).toBeGreaterThan(1);
  });

  it("gives a region admin the same progress for their own region, and nobody else the counts", async () => {
    const admin = await signIn("beheer.haaglanden");
    expect(await (await api(admin)).onboarding.progress()).toMatchObject({ doneCount: 7, nextStep: null });
    const coordinator = await signIn("coordinator.haaglanden");
    const { rows } = await db.app.transaction().execute(async (tx) => {
      await sql`select set_config('app.role', 'placement_coordinator', true), set_config('app.user_id', ${(await (await api(coordinator)).me()).user.id}, true)`.execute(
        tx,
      );
      return sql<{ n: number }>`select count(*)::int as n from app.region_setup_counts()`.execute(tx);
    });
    expect(rows[0]!.n).toBe(0);
  });
});

describe("deactivating an account", () => {
  it("ends its sessions, refuses every sign-in, is audited, and can be undone", async () => {
    const email = demo("coordinator2.twente");
    const victim = await signIn("coordinator2.twente");
    expect((await (await api(victim)).me()).role).toBe("placement_coordinator");
    const platform = await signIn("platform");
    const [account] = (await (await api(platform)).accounts.list({ query: "coordinator2.twente" })).items;
    expect(account).toMatchObject({ email, disabledAt: null });

    const off = await (await api(platform)).accounts.setActive({ userId: account!.id, active: false });
    expect(off).toEqual({ disabledAt: expect.any(Date) });
    expect((await refusal((await api(victim)).me())).code).toBe("UNAUTHORIZED");
    const sessions = await db.owner.selectFrom("sessions").select("id").where("user_id", "=", account!.id).execute();
    expect(sessions).toEqual([]);
    expect((await refusal(signIn("coordinator2.twente"))).message).toContain("klopt niet");
    const audit = await db.owner
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("entity", "=", "user")
      .where("entity_id", "=", account!.id)
      .execute();
    expect(audit.map((a) => a.details)).toContainEqual(expect.objectContaining({ after: expect.objectContaining({ active: false }) }));

    await (await api(platform)).accounts.setActive({ userId: account!.id, active: true });
    expect((await (await api(await signIn("coordinator2.twente"))).me()).role).toBe("placement_coordinator");
  });

  it("is the platform admin's alone, and never for its own account", async () => {
    const platform = await signIn("platform");
    const self = (await (await api(platform)).me()).user.id;
    expect((await refusal((await api(platform)).accounts.setActive({ userId: self, active: false }))).message).toContain("eigen account");
    const regionAdmin = await signIn("beheer.haaglanden");
    const victim = (await (await api(await signIn("verwijzer.haaglanden"))).me()).user.id;
    expect((await refusal((await api(regionAdmin)).accounts.setActive({ userId: victim, active: false }))).code).toBe("FORBIDDEN");
    // The database refuses too, whatever the application does.
    const attempt = db.app.transaction().execute(async (tx) => {
      await sql`select set_config('app.role', 'region_admin', true)`.execute(tx);
      return sql`select * from app.set_account_disabled(${victim}::uuid, true)`.execute(tx);
    });
    await expect(attempt).rejects.toThrow(/only the platform admin/);
  });
});

describe("invitations sent again and revoked", () => {
  it("gives a region admin's invitation a new link (the old one stops) and mails it; revoking makes it unusable", async () => {
    const admin = await signIn("beheer.haaglanden");
    const invited = await (await api(admin)).onboarding.users.invite({ email: "nieuw.haaglanden@voorbeeld.test", role: "referrer" });
    const firstToken = new URL(invited.invitationUrl).pathname.split("/").pop()!;
    const { items: invitations } = await (await api(admin)).onboarding.users.invitations();
    const invitation = invitations.find((i) => i.email === "nieuw.haaglanden@voorbeeld.test")!;

    const resent = await (await api(admin)).invitations.resend({ invitationId: invitation.id });
    const secondToken = new URL(resent.invitationUrl).pathname.split("/").pop()!;
    expect(secondToken).not.toBe(firstToken);
    const anonymous = await new ApiSession(apiDeps(db.app, jobs)).caller();
    expect((await refusal(anonymous.caller.invitations.get({ token: firstToken }))).code).toBe("NOT_FOUND");
    expect(await anonymous.caller.invitations.get({ token: secondToken })).toMatchObject({ email: "nieuw.haaglanden@voorbeeld.test" });
    const mails = await mailsTo("nieuw.haaglanden@voorbeeld.test");
    expect(mails.map(tokenIn)).toEqual([firstToken, secondToken]);

    await (await api(admin)).invitations.revoke({ invitationId: invitation.id });
    expect((await refusal(anonymous.caller.invitations.get({ token: secondToken }))).message).toContain("ingetrokken");
    const accept = anonymous.caller.invitations.accept({
      token: secondToken,
      displayName: "Nieuw",
      password: "een lang genoeg wachtwoord",
    });
    expect((await refusal(accept)).message).toContain("ingetrokken");
    expect((await (await api(admin)).onboarding.users.invitations()).items.find((i) => i.id === invitation.id)!.status).toBe("revoked");
    expect((await refusal((await api(admin)).invitations.resend({ invitationId: invitation.id }))).message).toContain("ingetrokken");
    const audit = await db.owner
      .selectFrom("audit_log")
      .select("details")
      .where("entity", "=", "invitation")
      .where("entity_id", "=", invitation.id)
      .execute();
    expect(audit.map((a) => JSON.stringify(a.details)).join(" ")).toMatch(/resent.*revoked/s);
  });

  it("lets a provider admin and the platform admin manage their own invitations, nobody another organisation's", async () => {
    const providerAdmin = await signIn("aanbiederbeheer");
    await (await api(providerAdmin)).providerAccounts.invite({ email: "collega@kapstok.test", role: "provider_user" });
    const own = (await (await api(providerAdmin)).providerAccounts.invitations()).items.find((i) => i.email === "collega@kapstok.test")!;
    await (await api(providerAdmin)).invitations.resend({ invitationId: own.id });
    expect(await mailsTo("collega@kapstok.test")).toHaveLength(2);

    const otherRegionAdmin = await signIn("beheer.haaglanden");
    expect((await refusal((await api(otherRegionAdmin)).invitations.revoke({ invitationId: own.id }))).code).toBe("NOT_FOUND");
    const otherProvider = await signIn("aanbiederbeheer.horizonland");
    expect((await refusal((await api(otherProvider)).invitations.revoke({ invitationId: own.id }))).code).toBe("NOT_FOUND");
    const coordinator = await signIn("coordinator.haaglanden");
    expect((await refusal((await api(coordinator)).invitations.revoke({ invitationId: own.id }))).code).toBe("FORBIDDEN");
    await (await api(providerAdmin)).invitations.revoke({ invitationId: own.id });

    const platform = await signIn("platform");
    await (await api(platform)).tenants.create({ name: "Uitnodigstad", code: "uitnodigstad", adminEmail: "beheer@uitnodigstad.test" });
    const sent = (await (await api(platform)).accounts.invitations()).items.find((i) => i.email === "beheer@uitnodigstad.test")!;
    expect(sent).toMatchObject({ status: "open", organisation: "Uitnodigstad" });
    await (await api(platform)).invitations.resend({ invitationId: sent.id });
    expect(await mailsTo("beheer@uitnodigstad.test")).toHaveLength(2);
  });
});
