import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, screenshot, settled, url } from "./helpers/browser.ts";

/*
 * The login throttle on screen (docs/decisions/0006-login-throttling.md): the login page names the
 * wait, and the link mailed to an account under a distributed guess signs in once. Failures are
 * arranged in the database and removed again, so the shared platform's throttle for 127.0.0.1
 * stays far away for the other journeys.
 */
const WAITING = "e2e-wachten@example.test";
const LINKED = "aanbiederbeheer.horizonland@jeugdregie.demo";
let db: pg.Client;
let browser: Browser;
beforeAll(async () => {
  db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  browser = await launchBrowser();
});
afterAll(async () => {
  await db.query("delete from login_attempts where email = $1", [WAITING]);
  await db.end();
  await browser?.close();
});

it("names the wait on the login page after repeated failures from this address", async () => {
  // Eight failures just now from the browser's address: the next attempt waits 16 seconds.
  await db.query(
    `insert into login_attempts (email, ip, network, succeeded) select $1, '127.0.0.1', '127.0.0.1', false from generate_series(1, 8)`,
    [WAITING],
  );
  const page = await newPage(browser);
  await page.goto(url("/inloggen"));
  await page.fill("#email", WAITING);
  await page.fill("#password", "iets");
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.click("button[type=submit]")]);
  await page.waitForSelector("[role=alert]");
  expect(await page.textContent("[role=alert]")).toMatch(/Te veel mislukte inlogpogingen\. Probeer het over \d+ seconden opnieuw\./);
  expect(response.status()).toBe(429);
  await expectAccessible(page);
  await screenshot(page, "login-wait");
});

it("signs in once with the mailed link and the password, then says the link is used", async () => {
  const token = randomBytes(32).toString("base64url");
  await db.query(
    `insert into login_unlock_tokens (token_hash, user_id, expires_at) select $1, id, now() + interval '1 hour' from users where email = $2`,
    [createHash("sha256").update(token).digest("hex"), LINKED],
  );
  const page = await newPage(browser);
  await page.goto(url(`/inloggen/link/${token}`));
  expect(await page.textContent("main")).toContain(LINKED);
  await expectAccessible(page);
  await screenshot(page, "login-link");
  await page.fill("#password", DEMO_PASSWORD);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/inloggen")), page.click("button[type=submit]")]);
  await settled(page);

  const again = await newPage(browser);
  const response = await again.goto(url(`/inloggen/link/${token}`));
  expect(response?.status()).toBe(410);
  expect(await again.textContent("[role=alert]")).toContain("al gebruikt");
  expect(await again.getAttribute("a:has-text('Opnieuw inloggen')", "href")).toBe("/inloggen");
});
