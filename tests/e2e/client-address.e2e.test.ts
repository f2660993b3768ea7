import pg from "pg";
import { afterAll, beforeAll, expect, it, inject } from "vitest";
import { url } from "./helpers/browser.ts";

/*
 * The running web server (no TRUST_PROXY) takes the client address from the socket, for page
 * actions and for /api/trpc alike: a forged X-Forwarded-For does not reach the audit log.
 * One failed login each, so the shared platform's throttle for 127.0.0.1 stays far away.
 */
let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
});
afterAll(() => db.end());

async function auditedIps(email: string): Promise<string[]> {
  const { rows } = await db.query<{ ip: string }>(
    `select details->>'ip' as ip from audit_log where action = 'login_failed' and details->>'email' = $1`,
    [email],
  );
  return rows.map((r) => r.ip);
}

it("ignores a forged X-Forwarded-For on the login page and the HTTP API", async () => {
  const page = await fetch(url("/inloggen"), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.98" },
    body: new URLSearchParams({ email: "forged-page@example.test", password: "wrong" }),
    redirect: "manual",
  });
  expect(page.status).toBe(400);
  expect(await auditedIps("forged-page@example.test")).toEqual(["127.0.0.1"]);

  const api = await fetch(url("/api/trpc/auth.login"), {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.99" },
    body: JSON.stringify({ email: "forged-api@example.test", password: "wrong" }),
  });
  expect(api.status).toBe(401);
  expect(await auditedIps("forged-api@example.test")).toEqual(["127.0.0.1"]);
});
