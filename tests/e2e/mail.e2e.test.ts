import pg from "pg";
import { afterAll, beforeAll, expect, it, inject } from "vitest";
import type { Browser } from "playwright-core";
import { expectAccessible, launchBrowser, login, screenshot, newPage as openPage, settled, submitAndWait } from "./helpers/browser.ts";

/*
 * The platform admin's mail page: a message the relay gave up on is shown with recipient,
 * subject, attempts and last error (never its body), and "Opnieuw proberen" hands it back.
 */
let browser: Browser;
let db: pg.Client;
let messageId = "";
beforeAll(async () => {
  browser = await launchBrowser();
  db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  const { rows } = await db.query<{ id: string }>(
    `insert into outbox (region_id, kind, recipient, subject, body, status, attempts, last_error)
     values (null, 'email', 'onbereikbaar@example.nl', 'Uitnodiging voor Jeugdregie', 'v1:versleuteld', 'dead', 8, '550 Mailbox unavailable')
     returning id`,
  );
  messageId = rows[0]!.id;
});
afterAll(async () => {
  await db?.end();
  await browser?.close();
});

it("shows undelivered mail to the platform admin and sends it again on request", async () => {
  const page = await openPage(browser);
  await login(page, "platform@jeugdregie.demo");
  await page.click("nav >> text=Uitgaande post");
  await page.waitForURL("**/beheer/post");
  await settled(page);
  const row = page.locator("tr", { hasText: "onbereikbaar@example.nl" });
  expect(await row.textContent()).toMatch(/Uitnodiging voor Jeugdregie.*opgegeven.*8.*550 Mailbox unavailable/);
  expect(await page.content()).not.toContain("v1:versleuteld");
  await expectAccessible(page);
  await screenshot(page, "mail-01-undelivered");

  await submitAndWait(page, row.locator("button:has-text('Opnieuw proberen')"));
  expect(await page.locator("[role=status]", { hasText: "staat weer klaar" }).count()).toBe(1);
  const { rows } = await db.query<{ status: string; attempts: number }>("select status, attempts from outbox where id = $1", [messageId]);
  // Back with the relay (this platform has no SMTP_URL, so the relay keeps it as skipped).
  expect(["pending", "skipped"]).toContain(rows[0]!.status);
  expect(rows[0]!.attempts).toBeLessThanOrEqual(1);
  expect(await page.locator("tr", { hasText: "onbereikbaar@example.nl" }).count()).toBe(0);
});
