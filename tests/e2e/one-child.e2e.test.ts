import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, login, screenshot, settled, submitAndWait, url, newPage as openPage } from "./helpers/browser.ts";

/*
 * One child, one BSN in the browser: a BSN typed in again with another birth date shows the
 * known child's pseudonym and what differs, asks for confirmation, refuses a second request in
 * progress, and once the first is withdrawn files the confirmed request under the same child.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function fillChild(page: Page, birthDate: string) {
  await page.fill("#bsn", "123456782");
  await page.fill("#birthDate", birthDate);
  await page.fill("#homeMunicipality", "'s-Gravenhage");
  await page.selectOption("#careType", "behandelgroep");
}

describe("a BSN that belongs to a known child", () => {
  it("asks the referrer to confirm the child, and keeps one request in progress per child", async () => {
    const page = await openPage(browser);
    await login(page, "verwijzer.haaglanden@jeugdregie.demo");
    await page.goto(url("/aanmeldingen/nieuw"));
    await fillChild(page, "2015-02-03");
    await page.fill("#name", "Noor Jansen");
    await Promise.all([page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/), page.click("button:has-text('Aanmelding opslaan')")]);
    await settled(page);
    const firstId = new URL(page.url()).pathname.split("/").at(-1)!;
    const pseudonym = (await page.textContent("h1"))!.match(/J-[A-Z0-9]+/)![0];

    // the same BSN with a typo in the birth date
    await page.goto(url("/aanmeldingen/nieuw"));
    await fillChild(page, "2015-03-02");
    await submitAndWait(page, "Aanmelding opslaan");
    expect(await page.textContent("[data-testid=known-child-pseudonym]")).toBe(pseudonym);
    expect(await page.textContent("[data-testid=known-child-differs]")).toBe("geboortedatum");
    expect(await page.textContent("main")).not.toContain("2015-02-03");
    await expectAccessible(page);
    await screenshot(page, "35-known-child-confirm");

    // confirmed, but the child already has a request in progress
    await page.check("input[name=confirmChild]");
    await submitAndWait(page, "Aanmelding opslaan");
    expect(await page.textContent("[role=alert]")).toContain(`Voor dit kind (${pseudonym}) loopt al een aanmelding`);

    const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
    await db.connect();
    await db.query(`update placement_requests set status = 'withdrawn' where id = $1`, [firstId]);
    await db.end();
    await submitAndWait(page, "Aanmelding opslaan");
    expect(await page.textContent("[data-testid=known-child-pseudonym]")).toBe(pseudonym);
    await page.check("input[name=confirmChild]");
    await Promise.all([page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/), page.click("button:has-text('Aanmelding opslaan')")]);
    await settled(page);
    expect(new URL(page.url()).pathname).not.toContain(firstId);
    // the same child, so the initials of the name given the first time
    expect(await page.textContent("h1")).toBe(`Aanmelding N.J. · ${pseudonym}`);
  });
});
