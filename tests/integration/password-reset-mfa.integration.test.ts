import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { totpCode } from "@jeugdregie/auth";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue, testCrypto } from "./helpers/api.ts";

/*
 * "Wachtwoord vergeten" by e-mail (a single-use, time-limited link stored hashed; the same answer
 * for every address; throttled like sign-in) and TOTP as a second factor (enrolment confirmed by a
 * first code, the code after the password, no replay, required per role by the platform admin).
 */
let db: TestDatabase;
const jobs = new RecordingJobQueue();
/** The clock of the login throttle and of the TOTP checks: time passes when a test says so. */
let now = Date.now();
const deps = () => ({ ...apiDeps(db.app, jobs), clock: () => new Date(now) });
beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(() => db.drop());

const demo = (name: string) => `${name}@jeugdregie.demo`;
let addressCounter = 10;
const newSession = () => new ApiSession(deps(), `198.51.100.${addressCounter++}`);
const api = async (session: ApiSession) => (await session.caller()).caller;
async function signIn(name: string, password = DEMO_PASSWORD) {
  const session = newSession();
  const result = await session.login(demo(name), password);
  return { session, mfaPending: result.mfaPending };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
}

async function resetMails(recipient: string) {
  const rows = await db.owner.selectFrom("outbox").select("body").where("recipient", "=", recipient).orderBy("created_at").execute();
  return rows.map((r) => /\/wachtwoord-vergeten\/([\w-]+)/.exec(testCrypto.decrypt(r.body))?.[1]).filter(Boolean) as string[];
}

describe("forgotten password", () => {
  it("mails a single-use link, answers the same for unknown addresses, and ends every session on reset", async () => {
    const email = demo("verwijzer.haaglanden");
    const { session: before } = await signIn("verwijzer.haaglanden");
    const anonymous = newSession();
    expect(await (await api(anonymous)).auth.requestPasswordReset({ email: "niemand@nergens.test" })).toEqual({ ok: true });
    expect(await (await api(anonymous)).auth.requestPasswordReset({ email })).toEqual({ ok: true });
    expect(await resetMails("niemand@nergens.test")).toEqual([]);
    const [token] = await resetMails(email);
    expect(token).toBeDefined();
    // Asked again at once: no second mail (nobody floods the mailbox), the same answer.
    expect(await (await api(newSession())).auth.requestPasswordReset({ email })).toEqual({ ok: true });
    expect(await resetMails(email)).toHaveLength(1);

    // Stored as its hash only, in a table the application role cannot read.
    const stored = await db.owner
      .selectFrom("password_reset_tokens" as never)
      .select("token_hash" as never)
      .execute();
    expect(stored.map((r) => (r as { token_hash: string }).token_hash)).toContain(createHash("sha256").update(token!).digest("hex"));
    await expect(sql`select * from password_reset_tokens`.execute(db.app)).rejects.toThrow(/permission denied/);

    const page = await api(newSession());
    expect(await page.auth.passwordResetInfo({ token: token! })).toMatchObject({ email });
    expect((await refusal(page.auth.resetPassword({ token: token!, password: "kort" }))).message).toContain("12 tekens");
    await page.auth.resetPassword({ token: token!, password: "een nieuw lang wachtwoord" });

    expect((await refusal((await api(before)).me())).code).toBe("UNAUTHORIZED");
    expect((await refusal(signIn("verwijzer.haaglanden"))).message).toContain("klopt niet");
    expect((await (await api((await signIn("verwijzer.haaglanden", "een nieuw lang wachtwoord")).session)).me()).user.email).toBe(email);
    expect((await refusal(page.auth.resetPassword({ token: token!, password: "nog een ander wachtwoord" }))).message).toContain(
      "al gebruikt",
    );
  });

  it("expires after an hour and works for enabled password accounts only", async () => {
    const email = demo("crisisteam.haaglanden");
    await (await api(newSession())).auth.requestPasswordReset({ email });
    const [token] = await resetMails(email);
    await sql`update password_reset_tokens set expires_at = now() - interval '1 second'`.execute(db.owner);
    expect((await refusal((await api(newSession())).auth.passwordResetInfo({ token: token! }))).message).toContain("verlopen");
    await sql`update users set disabled_at = now() where email = ${demo("aanbieder")}`.execute(db.owner);
    await (await api(newSession())).auth.requestPasswordReset({ email: demo("aanbieder") });
    expect(await resetMails(demo("aanbieder"))).toEqual([]);
  });

  it("is throttled like sign-in: repeated requests from one address wait", async () => {
    const session = newSession();
    const ask = async () => (await api(session)).auth.requestPasswordReset({ email: demo("coordinator.twente") });
    // As for passwords: three are free, the fourth starts the waits.
    for (let i = 0; i < 4; i++) await ask();
    const refused = await refusal(ask());
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.message).toMatch(/probeer het over \d+ seconde/i);
  });
});

async function enrol(session: ApiSession) {
  const { secret } = await (await api(session)).mfa.startEnrolment();
  await (await api(session)).mfa.confirmEnrolment({ code: totpCode(secret, new Date(now)) });
  return secret;
}

describe("TOTP as a second factor", () => {
  it("enrols only once a first code confirms it, with the secret encrypted and visible to its owner only", async () => {
    const { session } = await signIn("coordinator.haaglanden");
    expect(await (await api(session)).mfa.status()).toEqual({ required: false, enrolled: false });
    const { secret, otpauthUri } = await (await api(session)).mfa.startEnrolment();
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect((await refusal((await api(session)).mfa.confirmEnrolment({ code: "000000" }))).message).toContain("klopt niet");
    expect(await (await api(session)).mfa.status()).toMatchObject({ enrolled: false });
    await (await api(session)).mfa.confirmEnrolment({ code: totpCode(secret, new Date(now)) });
    expect(await (await api(session)).mfa.status()).toMatchObject({ enrolled: true });

    const row = await db.owner.selectFrom("mfa_totp").select(["user_id", "secret_encrypted"]).executeTakeFirstOrThrow();
    expect(row.secret_encrypted).toMatch(/^v1:/);
    expect(row.secret_encrypted).not.toContain(secret);
    const otherUser = await db.app.transaction().execute(async (tx) => {
      await sql`select set_config('app.user_id', gen_random_uuid()::text, true), set_config('app.role', 'platform_admin', true)`.execute(
        tx,
      );
      return tx.selectFrom("mfa_totp").selectAll().execute();
    });
    expect(otherUser).toEqual([]);
  });

  it("asks for the code after the password, refuses a wrong or replayed code, and opens the session on a right one", async () => {
    const { session: setup } = await signIn("coordinator.twente");
    const secret = await enrol(setup);
    now += 60_000;

    const { session, mfaPending } = await signIn("coordinator.twente");
    expect(mfaPending).toBe(true);
    expect((await refusal((await api(session)).me())).code).toBe("UNAUTHORIZED");
    expect((await refusal((await api(session)).auth.verifyCode({ code: "123456" }))).message).toContain("klopt niet");
    const code = totpCode(secret, new Date(now));
    await (await api(session)).auth.verifyCode({ code });
    expect((await (await api(session)).me()).role).toBe("placement_coordinator");

    // The same code again (same time step) opens nothing: a code works once.
    const { session: replay } = await signIn("coordinator.twente");
    expect((await refusal((await api(replay)).auth.verifyCode({ code }))).message).toContain("klopt niet");
    now += 30_000;
    await (await api(replay)).auth.verifyCode({ code: totpCode(secret, new Date(now)) });
    expect((await (await api(replay)).me()).role).toBe("placement_coordinator");
    const audit = await db.owner.selectFrom("audit_log").select("details").where("action", "=", "login").execute();
    expect(audit.map((a) => (a.details as { how?: string }).how)).toContain("totp");
  });

  it("ends a pending sign-in after five wrong codes", async () => {
    const { session: setup } = await signIn("coordinator2.twente");
    await enrol(setup);
    const { session } = await signIn("coordinator2.twente");
    for (let i = 0; i < 4; i++) expect((await refusal((await api(session)).auth.verifyCode({ code: "000000" }))).code).toBe("BAD_REQUEST");
    expect((await refusal((await api(session)).auth.verifyCode({ code: "000000" }))).message).toContain("Log opnieuw in");
    expect((await refusal((await api(session)).auth.verifyCode({ code: "000000" }))).message).toContain("Log eerst in");
  });

  it("sends a user of a role that requires it to enrolment before anything else", async () => {
    const { session: platform } = await signIn("platform");
    expect(
      (await refusal((await api((await signIn("beheer.haaglanden")).session)).accounts.setMfaPolicy({ roles: ["referrer"] }))).code,
    ).toBe("FORBIDDEN");
    await (await api(platform)).accounts.setMfaPolicy({ roles: ["referrer", "placement_coordinator", "crisis_team"] });
    expect(await (await api(platform)).accounts.mfaPolicy()).toEqual({ roles: ["crisis_team", "placement_coordinator", "referrer"] });

    const { session, mfaPending } = await signIn("verwijzer.haaglanden", "een nieuw lang wachtwoord");
    expect(mfaPending).toBe(false);
    expect(await (await api(session)).mfa.status()).toEqual({ required: true, enrolled: false });
    expect((await refusal((await api(session)).intake.mine())).message).toContain("Stel eerst tweestapsverificatie in");
    await enrol(session);
    expect(Array.isArray((await (await api(session)).intake.mine()).items)).toBe(true);

    // A lost phone: the platform admin removes the second factor; the user enrols again.
    const [account] = (await (await api(platform)).accounts.list({ query: "verwijzer.haaglanden" })).items;
    expect(account!.mfaEnrolled).toBe(true);
    await (await api(platform)).accounts.resetMfa({ userId: account!.id });
    expect(await (await api(session)).mfa.status()).toEqual({ required: true, enrolled: false });
    await (await api(platform)).accounts.setMfaPolicy({ roles: [] });
    expect(await (await api(session)).mfa.status()).toEqual({ required: false, enrolled: false });
  });
});
