import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { LOGIN_THROTTLE } from "@jeugdregie/auth";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps } from "./helpers/api.ts";

/*
 * The client address behind the login throttle and the audit log comes from the socket, and
 * from X-Forwarded-For only where the socket is a configured proxy (TRUST_PROXY). A forged
 * header must not dodge the throttle, slow down someone else's address or forge the audit log.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(() => db.drop());

// The throttle's clock stands still: its waits do not run out while the test runs.
const frozen = new Date();
const session = (remoteAddress: string, edge: { forwardedFor?: string; trustProxy?: string } = {}) =>
  new ApiSession({ ...apiDeps(db.app), clock: () => frozen }, remoteAddress, edge);

async function failedLogin(s: ApiSession, email: string) {
  const error = await s.login(email, "wrong-password").then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

async function auditedIpOf(email: string) {
  const rows = await db.owner.selectFrom("audit_log").select("details").where("action", "=", "login_failed").execute();
  return rows
    .map((r) => r.details as { email?: string; ip?: string })
    .filter((d) => d.email === email)
    .map((d) => d.ip);
}

describe("without TRUST_PROXY", () => {
  it("throttles one socket address however it forges X-Forwarded-For", async () => {
    for (let i = 0; i < LOGIN_THROTTLE.address.freeFailures + 1; i++) {
      const code = await failedLogin(session("192.0.2.10", { forwardedFor: `10.9.${i}.1` }), `nobody-${i}@example.test`);
      expect(code).toBe("UNAUTHORIZED");
    }
    const forged = await session("192.0.2.10", { forwardedFor: "10.9.200.1" })
      .login("someone-else@example.test", "wrong-password")
      .catch((e: unknown) => e as TRPCError);
    expect(forged).toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/Probeer het over 1 seconde opnieuw/) });
  });

  it("does not slow down the address an attacker names in X-Forwarded-For", async () => {
    for (let i = 0; i < LOGIN_THROTTLE.address.freeFailures + 5; i++) {
      await failedLogin(session("192.0.2.20", { forwardedFor: "198.51.100.77" }), `victimiser-${i}@example.test`);
    }
    const victim = session("198.51.100.77");
    await expect(victim.login("coordinator.twente@jeugdregie.demo", DEMO_PASSWORD)).resolves.toBeDefined();
  });

  it("writes the socket address, not a forged one, to the audit log", async () => {
    await failedLogin(session("192.0.2.30", { forwardedFor: "203.0.113.250" }), "audit-forged@example.test");
    expect(await auditedIpOf("audit-forged@example.test")).toEqual(["192.0.2.30"]);
  });
});

describe("with TRUST_PROXY set to the proxy's address", () => {
  it("uses the client address the proxy forwards, and only from that proxy", async () => {
    const trustProxy = "192.0.2.40";
    await failedLogin(session("192.0.2.40", { trustProxy, forwardedFor: "6.6.6.6, 203.0.113.60" }), "via-proxy@example.test");
    expect(await auditedIpOf("via-proxy@example.test")).toEqual(["203.0.113.60"]);
    await failedLogin(session("::ffff:192.0.2.40", { trustProxy, forwardedFor: "203.0.113.61" }), "via-proxy-v6@example.test");
    expect(await auditedIpOf("via-proxy-v6@example.test")).toEqual(["203.0.113.61"]);
    await failedLogin(session("192.0.2.41", { trustProxy, forwardedFor: "203.0.113.62" }), "not-the-proxy@example.test");
    expect(await auditedIpOf("not-the-proxy@example.test")).toEqual(["192.0.2.41"]);
  });
});
