import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, login, newPage, screenshot, settled, submitAndWait, url } from "./helpers/browser.ts";

/*
 * Issue 13, part 5 in the browser: a region admin of the demo computes the year's guarantee
 * settlements (the worker runs the job), sees the figures and the tariff table, downloads the
 * CSV, cannot approve what they requested, and a second region admin approves it.
 */
const YEAR = new Date().getFullYear();
const FIRST = "beheer.haaglanden@jeugdregie.demo";
const SECOND = "tweede.beheer.haaglanden@jeugdregie.demo";

let browser: Browser;
let first: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // A second region admin of Haaglanden (the demo has one), with the demo password.
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  try {
    await db.query(
      `with admin as (select u.password_hash, m.region_id from users u join memberships m on m.user_id = u.id
                      where u.email = $1 and m.role = 'region_admin'),
            second as (insert into users (email, display_name, password_hash) select $2, 'Tweede beheerder', password_hash from admin returning id)
       insert into memberships (user_id, role, region_id) select second.id, 'region_admin', admin.region_id from second, admin`,
      [FIRST, SECOND],
    );
  } finally {
    await db.end();
  }
});
afterAll(() => browser?.close());

/** Reloads until the worker has written the year's settlements (or gives up after 30 s). */
async function waitForSettlements(page: Page) {
  for (let i = 0; i < 30; i++) {
    await page.goto(url(`/afrekeningen?jaar=${YEAR}`));
    await settled(page);
    if ((await page.locator("[data-testid=settlement-amount]").count()) > 0) return;
    await page.waitForTimeout(1000);
  }
  throw new Error("no settlements appeared");
}

describe("guarantee settlements", () => {
  it("computes the year's settlements at a region admin's request and shows the tariff table", async () => {
    first = await newPage(browser);
    await login(first, FIRST);
    await first.goto(url(`/afrekeningen?jaar=${YEAR}`));
    await settled(first);
    const tariffs = (await first.textContent("section[aria-labelledby=tarieven]"))!;
    expect(tariffs).toContain("582,27");
    expect(tariffs).toContain("1.203,95");
    await submitAndWait(first, `Afrekening ${YEAR} berekenen`);
    expect(await first.textContent("main")).toContain(`Berekening van ${YEAR} gestart`);
    await waitForSettlements(first);
    expect(await first.textContent("main")).toContain("Door jou aangevraagd");
    expect(await first.locator("button:has-text('Goedkeuren')").count()).toBe(0);
    await expectAccessible(first);
    await screenshot(first, "60-settlements-computed");
    const csv = await first.request.get(url(`/afrekeningen/${YEAR}/downloaden`));
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("aanbieder;jaar;periode_van");
  });

  it("lets a second region admin approve (four eyes)", async () => {
    const second = await newPage(browser);
    await login(second, SECOND);
    await second.goto(url(`/afrekeningen?jaar=${YEAR}`));
    await settled(second);
    const approvable = await second.locator("button:has-text('Goedkeuren')").count();
    expect(approvable).toBeGreaterThan(0);
    await submitAndWait(second, "Goedkeuren");
    expect(await second.textContent("main")).toContain("Afrekening goedgekeurd.");
    expect(await second.locator("button:has-text('Goedkeuren')").count()).toBe(approvable - 1);
    await screenshot(second, "61-settlement-approved");
  });
});
