import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { DEMO_PASSWORD, enqueueEmail } from "@jeugdregie/db";
import { sendEmailJob } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue, testCrypto } from "./helpers/api.ts";

/*
 * Login throttling without a lockout an attacker controls (docs/decisions/0006-login-throttling.md):
 * failures slow down the address they come from, with growing waits the API names instead of
 * sleeping on; failures spread over many addresses never stop the real user, who signs in from an
 * address they used before or with a single-use link mailed to the account.
 */
let db: TestDatabase;
const jobs = new RecordingJobQueue();
/** The throttle's clock: time passes when a test says so, not while argon2 runs. */
let now = Date.now();
const deps = () => ({ ...apiDeps(db.app, jobs), clock: () => new Date(now) });
beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(() => db.drop());

type Attempt = { ok: true; session: ApiSession } | { ok: false; code: TRPCError["code"]; message: string; ms: number };

async function attempt(address: string, email: string, password: string): Promise<Attempt> {
  const session = new ApiSession(deps(), address);
  const started = performance.now();
  try {
    await session.login(email, password);
    return { ok: true, session };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { ok: false, code: error.code, message: error.message, ms: performance.now() - started };
  }
}

/** The wait the refusal names, in seconds ("Probeer het over 4 seconden opnieuw."). */
function waitOf(outcome: Attempt): number | null {
  if (outcome.ok || outcome.code !== "TOO_MANY_REQUESTS") return null;
  const match = /probeer het over (\d+) seconden? opnieuw/i.exec(outcome.message);
  return match ? Number(match[1]) : null;
}

function elapse(seconds: number) {
  now += seconds * 1000;
}

/** An attacker who knows the address tries passwords from many addresses, a few from each. */
async function distributedGuess(email: string, addresses: number, prefix: string) {
  for (let i = 1; i <= addresses; i++) {
    const outcome = await attempt(`${prefix}.${i}`, email, `raden-${i}`);
    expect(outcome.ok, `guess from ${prefix}.${i}`).toBe(false);
  }
}

async function unlockMails(email: string) {
  const rows = await db.owner.selectFrom("outbox").select(["id", "body"]).where("recipient", "=", email).orderBy("id").execute();
  return rows.map((r) => {
    const text = testCrypto.decrypt(r.body);
    return { id: r.id, text, token: /\/inloggen\/link\/([\w-]+)/.exec(text)?.[1] };
  });
}

const signedInRole = async (session: ApiSession) => (await (await session.caller()).caller.me()).role;

describe("an attacker guessing one account's password from many addresses", () => {
  it("does not stop the real user signing in from an address they used before", async () => {
    const email = "coordinator.twente@jeugdregie.demo";
    expect((await attempt("198.51.100.10", email, DEMO_PASSWORD)).ok).toBe(true);
    await distributedGuess(email, 25, "203.0.113");
    const real = await attempt("198.51.100.10", email, DEMO_PASSWORD);
    expect(real.ok, JSON.stringify(real)).toBe(true);
    if (real.ok) expect(await signedInRole(real.session)).toBe("placement_coordinator");
  });

  it("gives the real user at a new address a single-use link by e-mail instead of a password-only sign-in", async () => {
    const email = "coordinator2.twente@jeugdregie.demo";
    await distributedGuess(email, 25, "203.0.114");

    // A password alone from an address this account never used is not enough now, whoever types it.
    const atNewAddress = await attempt("198.51.100.20", email, DEMO_PASSWORD);
    expect(atNewAddress.ok).toBe(false);
    if (!atNewAddress.ok) expect(atNewAddress.message).toMatch(/link/);
    const mails = await unlockMails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.token).toBeDefined();
    expect(jobs.enqueued).toContainEqual({ queue: sendEmailJob.queue, name: sendEmailJob.name, payload: { outboxId: mails[0]!.id } });

    // The attacker keeps trying: no flood of mail, and no way in.
    await distributedGuess(email, 5, "203.0.115");
    expect(await unlockMails(email)).toHaveLength(1);

    // The link: a wrong password neither signs in nor spends it; the right one signs in, once.
    const user = new ApiSession(deps(), "198.51.100.20");
    const { caller } = await user.caller();
    const token = mails[0]!.token!;
    expect(await caller.auth.linkInfo({ token })).toMatchObject({ email });
    await expect(caller.auth.loginWithLink({ token, password: "verkeerd-wachtwoord" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const signedIn = await user.caller();
    await signedIn.caller.auth.loginWithLink({ token, password: DEMO_PASSWORD });
    user.cookie = (signedIn.resHeaders.get("set-cookie") ?? "").split(";")[0]!;
    expect(await signedInRole(user)).toBe("placement_coordinator");

    const again = (await new ApiSession(deps(), "198.51.100.21").caller()).caller;
    await expect(again.auth.loginWithLink({ token, password: DEMO_PASSWORD })).rejects.toMatchObject({
      message: expect.stringMatching(/al gebruikt/),
    });
    await expect(again.auth.linkInfo({ token })).rejects.toMatchObject({ message: expect.stringMatching(/al gebruikt/) });

    // From then on the address the link was used from is known: the password works there, the attack goes on.
    await distributedGuess(email, 5, "203.0.116");
    expect((await attempt("198.51.100.20", email, DEMO_PASSWORD)).ok).toBe(true);
    expect((await attempt("198.51.100.22", email, DEMO_PASSWORD)).ok).toBe(false);
  });

  it("lets a link expire, and a new sign-in then mails a fresh one", async () => {
    const email = "crisisteam.haaglanden@jeugdregie.demo";
    await distributedGuess(email, 25, "203.0.117");
    expect((await attempt("198.51.100.30", email, DEMO_PASSWORD)).ok).toBe(false);
    const [first] = await unlockMails(email);
    await db.owner
      .updateTable("login_unlock_tokens")
      .set({ created_at: sql`created_at - interval '2 hours'`, expires_at: sql`expires_at - interval '2 hours'` })
      .where("user_id", "in", db.owner.selectFrom("users").select("id").where("email", "=", email))
      .execute();
    const { caller } = await new ApiSession(deps(), "198.51.100.30").caller();
    await expect(caller.auth.loginWithLink({ token: first!.token!, password: DEMO_PASSWORD })).rejects.toMatchObject({
      message: expect.stringMatching(/verlopen/),
    });

    expect((await attempt("198.51.100.30", email, DEMO_PASSWORD)).ok).toBe(false);
    const mails = await unlockMails(email);
    expect(mails).toHaveLength(2);
    const fresh = await new ApiSession(deps(), "198.51.100.30").caller();
    await fresh.caller.auth.loginWithLink({ token: mails[1]!.token!, password: DEMO_PASSWORD });
    expect(fresh.resHeaders.get("set-cookie")).toMatch(/^jr_session=/);
  });

  it("answers for an address without an account exactly as for a real one, and mails nobody", async () => {
    const nobody = "niemand@jeugdregie.demo";
    const real = "aanbieder@jeugdregie.demo";
    await distributedGuess(nobody, 25, "203.0.118");
    await distributedGuess(real, 25, "203.0.119");
    const forNobody = await attempt("198.51.100.40", nobody, DEMO_PASSWORD);
    const forReal = await attempt("198.51.100.41", real, "iets-anders");
    expect(forNobody.ok || forReal.ok).toBe(false);
    if (!forNobody.ok && !forReal.ok) expect([forNobody.code, forNobody.message]).toEqual([forReal.code, forReal.message]);
    expect(await unlockMails(nobody)).toEqual([]);
    expect(await unlockMails(real)).toHaveLength(1);
  });
});

describe("failures from one address", () => {
  it("slow down this account from that address with growing waits the API names, not sleeps on, and not other addresses", async () => {
    const email = "verwijzer.haaglanden@jeugdregie.demo";
    const waits: number[] = [];
    for (let i = 0; i < 40 && waits.length < 3; i++) {
      const outcome = await attempt("192.0.2.50", email, `fout-${i}`);
      const wait = waitOf(outcome);
      if (wait === null) {
        expect(outcome.ok).toBe(false);
        continue;
      }
      waits.push(wait);
      // While the wait lasts even the right password is refused, at once.
      const right = await attempt("192.0.2.50", email, DEMO_PASSWORD);
      expect(waitOf(right)).toBe(wait);
      if (!right.ok) expect(right.ms).toBeLessThan(1000);
      elapse(wait);
    }
    expect(waits).toEqual([1, 2, 4]);

    expect((await attempt("192.0.2.51", email, DEMO_PASSWORD)).ok).toBe(true);
    elapse(waits[2]!);
    expect((await attempt("192.0.2.50", email, DEMO_PASSWORD)).ok).toBe(true);
  });

  it("slow down that address for every account when it sprays guesses over many, and leave others alone", async () => {
    let refused: Attempt | undefined;
    for (let i = 0; i < 60 && !refused; i++) {
      const outcome = await attempt("192.0.2.60", `gok-${i}@example.test`, "Welkom01!");
      if (waitOf(outcome) !== null) refused = outcome;
    }
    expect(waitOf(refused!)).toBeGreaterThanOrEqual(1);
    expect(waitOf(await attempt("192.0.2.60", "beheer.haaglanden@jeugdregie.demo", DEMO_PASSWORD))).toBeGreaterThanOrEqual(1);
    expect((await attempt("192.0.2.61", "beheer.haaglanden@jeugdregie.demo", DEMO_PASSWORD)).ok).toBe(true);
  });
});

describe("the sign-in links in the database", () => {
  it("are out of the application role's reach except through the narrow functions", async () => {
    await expect(sql`select count(*) from login_unlock_tokens`.execute(db.app)).rejects.toMatchObject({ code: "42501" });
    await expect(sql`delete from login_unlock_tokens`.execute(db.app)).rejects.toMatchObject({ code: "42501" });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from login_unlock_tokens`.execute(db.owner);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  it("let an anonymous transaction queue only the link mail it just issued, to that account", async () => {
    const queue = (recipient: string, hash?: string) =>
      db.app.transaction().execute(async (tx) => {
        if (hash) await sql`select set_config('app.login_unlock_token_hash', ${hash}, true)`.execute(tx);
        return enqueueEmail(tx, testCrypto, { regionId: null, recipient, subject: "s", body: "b" });
      });
    await expect(queue("iemand@example.test")).rejects.toThrow(/row-level security/);
    const live = await db.owner
      .selectFrom("login_unlock_tokens as t")
      .innerJoin("users as u", "u.id", "t.user_id")
      .select(["t.token_hash", "u.email"])
      .where("t.used_at", "is", null)
      .executeTakeFirstOrThrow();
    // A live link, but not one issued a moment ago (in this transaction), or another recipient: refused.
    const issuedAt = (at: Date) =>
      db.owner.updateTable("login_unlock_tokens").set({ created_at: at }).where("token_hash", "=", live.token_hash).execute();
    await issuedAt(new Date(Date.now() - 5 * 60_000));
    await expect(queue(live.email, live.token_hash)).rejects.toThrow(/row-level security/);
    await issuedAt(new Date());
    await expect(queue("iemand@example.test", live.token_hash)).rejects.toThrow(/row-level security/);
    await expect(queue(live.email, live.token_hash)).resolves.toMatch(/^\d+$/);
  });
});
